import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

import { AppLink } from '../../../components/app-link';
import { EditForm } from '../../../components/form/edit-form';
import { noticeState } from '../../../components/notice';
import { routePaths } from '../../../config/paths';
import { formErrorsFromError, noFormErrors } from '../../../lib/forms/form-errors';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { actionPlanPeriodsQueryOptions, defaultPeriodId, todayIso } from '../../../lib/periods';
import { reportPrefillOf, type ReportPrefill } from '../../../lib/report-prefill';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateReport } from '../api/create-report';
import { useMeasure } from '../api/get-measure';
import {
  emptyReportValues,
  reportFieldIds,
  reportFieldLabels,
  ReportFields,
  reportDateRangeOf,
  reportLinkPartLabels,
  savedNotice,
  toReportInput,
  type ReportField,
  type ReportFormValues,
} from './report-fields';

/** A new report starts from the one a page handed over (e.g. «Mine tiltak»), but never from its date or period. */
function startingValues(prefill: ReportPrefill | null): ReportFormValues {
  if (!prefill) return emptyReportValues;
  return {
    ...emptyReportValues,
    status: prefill.status,
    assessment: prefill.assessment,
    percentComplete: prefill.percentComplete === null ? '' : String(prefill.percentComplete),
    text: prefill.text,
    links: prefill.links.map((link) => ({ url: link.url, title: link.title ?? '' })),
  };
}

export function NewReportPage({ measureId }: { measureId: number }) {
  const { data: measure } = useMeasure(measureId);
  const inputIds = useFieldIds(reportFieldLabels);
  const fieldIds = reportFieldIds(inputIds);
  const { state } = useLocation();
  const { data: periods } = useSuspenseQuery(actionPlanPeriodsQueryOptions(measure.actionPlan.id));
  const open = periods.filter((period) => !period.locked);
  const [values, setValues] = useState(() => ({
    ...startingValues(reportPrefillOf(state)),
    periodId: String(defaultPeriodId(periods, todayIso()) ?? ''),
  }));
  const [errors, setErrors] = useState(noFormErrors<ReportField>);
  const [attempt, setAttempt] = useState(0);
  const create = useCreateReport();
  const navigate = useNavigate();
  useDocumentTitle(`Ny statusrapport for tiltak ${measure.reference}`);

  const dateRange = reportDateRangeOf(measure.actionPlan);

  const submit = (draft: boolean) => {
    setAttempt((n) => n + 1);
    const parsed = toReportInput(values, dateRange);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      return;
    }
    create.mutate(
      { measureId, input: draft ? { ...parsed.input, draft: true } : parsed.input },
      {
        onSuccess: ({ state }) =>
          navigate(routePaths.measure(measureId), { state: noticeState(savedNotice(state)) }),
        onError: (error) => setErrors(formErrorsFromError(error, reportFieldLabels, reportLinkPartLabels)),
      },
    );
  };

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Ny statusrapport for tiltak <span className="nowrap">{measure.reference}</span>
      </Heading>
      <Paragraph className="lead-text">{measure.text}</Paragraph>
      <Paragraph>
        <AppLink to={routePaths.measure(measureId)}>Tilbake til tiltaket</AppLink>
      </Paragraph>
      <EditForm
        errors={errors}
        fieldIds={fieldIds}
        errorHeading="Vi kunne ikke lagre statusrapporten"
        attempt={attempt}
        busy={create.isPending}
        submitLabel="Lagre statusrapporten"
        cancelTo={routePaths.measure(measureId)}
        onSubmit={() => submit(false)}
        secondaryAction={{ label: 'Lagre som utkast', onClick: () => submit(true) }}
      >
        <ReportFields
          inputIds={inputIds}
          dateRange={dateRange}
          periods={open}
          values={values}
          errors={errors}
          onChange={setValues}
        />
      </EditForm>
    </div>
  );
}
