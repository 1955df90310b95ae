import { Button } from '@digdir/designsystemet-react';
import type { QueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';

import { FormErrorSummary } from '../../components/form/form-error-summary';
import { useCreateInvitationReport } from '../../features/invitations/api/create-invitation-report';
import { ownInvitationQueryOptions } from '../../features/invitations/api/get-own-invitation';
import { InvitationPage, type InvitationReportFormProps } from '../../features/invitations/components/invitation-page';
import {
  emptyReportValues,
  reportFieldIds,
  reportFieldLabels,
  ReportFields,
  reportLinkPartLabels,
  toReportInput,
  type ReportField,
  type ReportFormValues,
} from '../../features/measures/components/report-fields';
import type { ReportingPeriod } from '../../lib/api/types';
import { formErrorsFromError, noFormErrors } from '../../lib/forms/form-errors';
import { useFieldIds } from '../../lib/forms/use-field-ids';

/**
 * The page a personal report link opens (/rapporter/:secret). Anyone with the link may use it; the page starts
 * loading the invitation before it shows and shows the server's message when the link does not work.
 */
export const invitationReportLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const secret = params.secret ?? '';
    await queryClient.prefetchQuery(ownInvitationQueryOptions(secret));
    return { secret };
  };

export function InvitationReportRoute() {
  const { secret } = useLoaderData<ReturnType<typeof invitationReportLoader>>();
  return (
    <InvitationPage key={secret} secret={secret} renderReportForm={(props) => <InvitationReportForm {...props} />} />
  );
}

/** The report form every report uses, sent through the personal link; the period is the round's. */
export function InvitationReportForm({ secret, invitation, measure, onSent, onCancel }: InvitationReportFormProps) {
  const inputIds = useFieldIds(reportFieldLabels);
  const fieldIds = reportFieldIds(inputIds);
  const { round } = invitation;
  // The round's period is the only choice: the server files every report through the link under it.
  const periods: ReportingPeriod[] = [
    {
      id: round.periodId,
      version: 0,
      actionPlanId: 0,
      kind: 'OTHER',
      label: round.periodLabel,
      startsOn: round.periodStartsOn,
      endsOn: round.periodEndsOn,
      dueOn: round.deadline,
      locked: false,
    },
  ];
  const [values, setValues] = useState<ReportFormValues>({
    ...emptyReportValues,
    periodId: String(round.periodId),
    reportDate: round.periodEndsOn,
  });
  const [errors, setErrors] = useState(noFormErrors<ReportField>);
  const [attempt, setAttempt] = useState(0);
  const create = useCreateInvitationReport();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const parsed = toReportInput(values);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      return;
    }
    create.mutate(
      { secret, measureId: measure.id, input: parsed.input },
      {
        onSuccess: onSent,
        onError: (error) => setErrors(formErrorsFromError(error, reportFieldLabels, reportLinkPartLabels)),
      },
    );
  };

  return (
    <>
      <FormErrorSummary
        errors={errors}
        fieldIds={fieldIds}
        heading="Vi kunne ikke sende statusrapporten"
        attempt={attempt}
      />
      <form className="form" onSubmit={submit} noValidate>
        <ReportFields inputIds={inputIds} periods={periods} values={values} errors={errors} onChange={setValues} />
        <div className="form-actions">
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Sender …' : 'Send til godkjenning'}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            Avbryt
          </Button>
        </div>
      </form>
    </>
  );
}
