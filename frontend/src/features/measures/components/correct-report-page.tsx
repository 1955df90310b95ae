import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useNavigate } from 'react-router';

import { AppLink } from '../../../components/app-link';
import { conflictItems, type ConflictField } from '../../../components/form/conflict-alert';
import { EditForm } from '../../../components/form/edit-form';
import { noticeState } from '../../../components/notice';
import { ReportStateBadge } from '../../../components/status-badge';
import { routePaths } from '../../../config/paths';
import type { ReportingPeriod } from '../../../lib/api/types';
import { formatChangeValue } from '../../../lib/format/changes';
import { formatDateTime } from '../../../lib/format/date';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { useVersionedEdit } from '../../../lib/forms/use-versioned-edit';
import { actionPlanPeriodsQueryOptions } from '../../../lib/periods';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCorrectReport } from '../api/correct-report';
import { useMeasure } from '../api/get-measure';
import { measureReportQueryOptions, useMeasureReport } from '../api/get-measure-report';
import {
  reportDateRangeOf,
  reportFieldIds,
  reportFieldLabels,
  ReportFields,
  reportLinkPartLabels,
  reportValuesOf,
  savedNotice,
  toReportInput,
  type ReportField,
  type ReportFormValues,
} from './report-fields';

const shownFields: ReportField[] = ['periodId', 'reportDate', 'status', 'assessment', 'percentComplete', 'text', 'links'];

/**
 * The form's values read as the change log reads the report's: the period by its label, labels for choices,
 * «50 %», dates in words.
 */
function conflictFields(periods: ReportingPeriod[]): ConflictField<ReportFormValues>[] {
  return shownFields.map((field) => ({
    label: reportFieldLabels[field],
    fields: [field],
    show: (values) => {
      const value = values[field];
      if (field === 'periodId') {
        return periods.find((period) => String(period.id) === value)?.label ?? '–';
      }
      const percent = field === 'percentComplete' && typeof value === 'string' ? Number(value.trim()) : NaN;
      return formatChangeValue(field, value !== '' && Number.isInteger(percent) ? percent : value);
    },
  }));
}

type CorrectReportPageProps = { measureId: number; reportId: number };

/** Correcting a report replaces its content; the earlier version stays in the measure's change log. */
export function CorrectReportPage({ measureId, reportId }: CorrectReportPageProps) {
  const { data: measure } = useMeasure(measureId);
  const { data: report } = useMeasureReport(measureId, reportId);
  const { data: periods } = useSuspenseQuery(actionPlanPeriodsQueryOptions(measure.actionPlan.id));
  // The report's own period stays listed, so a legacy report with no period asks for one and a chosen one shows.
  const open = periods.filter((period) => !period.locked || period.id === report.periodId);
  const inputIds = useFieldIds(reportFieldLabels);
  const fieldIds = reportFieldIds(inputIds);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const correct = useCorrectReport();
  const dateRange = reportDateRangeOf(measure.actionPlan);
  // An approved report is public and stays so; one not yet approved may be kept as a draft.
  const mayKeepAsDraft = report.state !== 'APPROVED';
  const asDraft = useRef(false);
  useDocumentTitle(`Korriger statusrapport for tiltak ${measure.reference}`);

  const edit = useVersionedEdit({
    resource: report,
    valuesOf: reportValuesOf,
    labels: reportFieldLabels,
    partLabels: reportLinkPartLabels,
    toInput: (values) => toReportInput(values, dateRange),
    save: ({ version, input }) =>
      correct.mutateAsync({ measureId, reportId, version, input: asDraft.current ? { ...input, draft: true } : input }),
    fetchCurrent: () => queryClient.fetchQuery({ ...measureReportQueryOptions(measureId, reportId), staleTime: 0 }),
    onSaved: (saved) =>
      navigate(routePaths.measure(measureId), {
        state: noticeState(saved.state === 'APPROVED' ? 'Statusrapporten er korrigert.' : savedNotice(saved.state)),
      }),
  });
  const save = (draft: boolean) => {
    asDraft.current = draft;
    void edit.submit();
  };

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Korriger statusrapport for tiltak <span className="nowrap">{measure.reference}</span>
      </Heading>
      <Paragraph>
        <ReportStateBadge state={report.state} />
      </Paragraph>
      {report.state === 'RETURNED' && report.reviewComment && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            Sendt tilbake{report.reviewedBy ? ` av ${report.reviewedBy}` : ''}
          </Heading>
          <Paragraph>{report.reviewComment}</Paragraph>
          <Paragraph>Rett det som trengs, og send rapporten til godkjenning igjen.</Paragraph>
        </Alert>
      )}
      <Paragraph>
        Skrevet av {report.author} {formatDateTime(report.createdAt)}
        {report.updatedAt &&
          `, sist korrigert${report.correctedBy ? ` av ${report.correctedBy}` : ''} ${formatDateTime(report.updatedAt)}`}
        . Den som skrev rapporten, står fortsatt som forfatter, og du blir stående som den som korrigerte den. Det som
        stod før korrigeringen, vises i endringsloggen til tiltaket.
      </Paragraph>
      <Paragraph>
        <AppLink to={routePaths.measure(measureId)}>Tilbake til tiltaket</AppLink>
      </Paragraph>
      <EditForm
        errors={edit.errors}
        fieldIds={fieldIds}
        errorHeading="Vi kunne ikke lagre korrigeringen"
        attempt={edit.attempt}
        busy={edit.saving}
        submitLabel={mayKeepAsDraft ? 'Lagre og send inn' : 'Lagre korrigeringen'}
        cancelTo={routePaths.measure(measureId)}
        onSubmit={() => save(false)}
        secondaryAction={mayKeepAsDraft ? { label: 'Lagre som utkast', onClick: () => save(true) } : undefined}
        conflict={
          edit.conflict && {
            what: 'statusrapporten',
            items: conflictItems(edit.conflict, conflictFields(periods)),
            onUseMine: edit.saveMineOverConflict,
            onDiscardMine: () => {
              edit.discardMine();
              document.getElementById(inputIds.periodId)?.focus();
            },
          }
        }
      >
        <ReportFields
          inputIds={inputIds}
          dateRange={dateRange}
          periods={open}
          values={edit.values}
          errors={edit.errors}
          onChange={edit.setValues}
        />
      </EditForm>
    </div>
  );
}
