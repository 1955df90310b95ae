import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { FormErrorSummary } from '../../../components/form/form-error-summary';
import { routePaths } from '../../../config/paths';
import { formErrorsFromError, noFormErrors, type FormErrors } from '../../../lib/forms/form-errors';
import { usePublishCorrection } from '../api/publish-status-report';
import type { StatusReport } from '../api/types';

type Field = 'reason';
const labels = { reason: 'Hva rettes, og hvorfor' } as const;
const REASON_MAX = 2000;

/** The reason is shown on the new version for everyone: it must say something, within the API's limit. */
export function correctionReasonError(reason: string): string | null {
  if (reason.trim() === '') return `${labels.reason}: skriv hva som rettes og hvorfor.`;
  if (reason.length > REASON_MAX) return `${labels.reason}: høyst ${REASON_MAX} tegn.`;
  return null;
}

/**
 * «Rett opp (ny versjon)» for editors: a published report never changes, so a correction publishes a new version
 * with a fresh snapshot and the reason, and the old version points to it.
 */
export function CorrectStatusReport({ report }: { report: StatusReport }) {
  const headingId = useId();
  const reasonId = useId();
  const navigate = useNavigate();
  const correct = usePublishCorrection();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(noFormErrors());
  const [attempt, setAttempt] = useState(0);

  if (report.supersededById != null) return null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const local = correctionReasonError(reason);
    if (local) {
      setErrors({ fields: { reason: local }, general: [] });
      return;
    }
    setErrors(noFormErrors());
    correct.mutate(
      { statusReportId: report.id, reason: reason.trim() },
      {
        onSuccess: (created) => navigate(routePaths.statusReport(created.id)),
        onError: (error) => setErrors(formErrorsFromError(error, labels)),
      },
    );
  };

  return (
    <section className="page-section no-print" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        Rett opp statusrapporten
      </Heading>
      {open ? (
        <form className="form" onSubmit={onSubmit} noValidate>
          <FormErrorSummary
            errors={errors}
            fieldIds={{ reason: reasonId }}
            heading="Vi kunne ikke publisere den nye versjonen"
            attempt={attempt}
          />
          <Textfield
            id={reasonId}
            label={labels.reason}
            description="Vises på den nye versjonen. Den nye versjonen tar med planen og rapportene slik de er nå."
            multiline
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={errors.fields.reason}
            required
          />
          <div className="form-actions">
            <Button type="submit" disabled={correct.isPending}>
              Publiser ny versjon
            </Button>
            <Button variant="tertiary" onClick={() => setOpen(false)} disabled={correct.isPending}>
              Avbryt
            </Button>
          </div>
        </form>
      ) : (
        <>
          <Paragraph data-size="sm">
            Versjon {report.version} endres aldri. En retting blir en ny versjon med grunnen synlig for alle.
          </Paragraph>
          <Button variant="secondary" onClick={() => setOpen(true)}>
            Rett opp (ny versjon)
          </Button>
        </>
      )}
    </section>
  );
}
