import { Button } from '@digdir/designsystemet-react';
import type { FormEvent, ReactNode } from 'react';

import type { FormErrors } from '../../lib/forms/form-errors';
import { AppLink } from '../app-link';
import { ConflictAlert, type ConflictItem } from './conflict-alert';
import { FormErrorSummary } from './form-error-summary';

export type EditConflict = {
  /** What was edited, in the definite form: «tiltaket», «målet». */
  what: string;
  items: readonly ConflictItem[];
  onUseMine: () => void;
  onDiscardMine: () => void;
};

type EditFormProps<F extends string> = {
  errors: FormErrors<F>;
  fieldIds: Record<F, string>;
  /** Heading of the error summary, e.g. «Vi kunne ikke lagre målet». */
  errorHeading: string;
  attempt: number;
  busy: boolean;
  submitLabel: string;
  busyLabel?: string;
  cancelTo: string;
  onSubmit: () => void;
  /** Shown while someone else's newer version waits for the user's choice. */
  conflict?: EditConflict | null;
  /** Another way to save, beside the main one (e.g. «Lagre som utkast»): a button that is not the form's submit. */
  secondaryAction?: { label: string; onClick: () => void };
  children: ReactNode;
};

/** A form of Designsystemet fields with the error summary above it, and the conflict message when there is one. */
export function EditForm<F extends string>({
  errors,
  fieldIds,
  errorHeading,
  attempt,
  busy,
  submitLabel,
  busyLabel = 'Lagrer …',
  cancelTo,
  onSubmit,
  conflict,
  secondaryAction,
  children,
}: EditFormProps<F>) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <>
      {conflict && <ConflictAlert {...conflict} busy={busy} />}
      <FormErrorSummary errors={errors} fieldIds={fieldIds} heading={errorHeading} attempt={attempt} />
      <form className="form" onSubmit={submit} noValidate>
        {children}
        <div className="form-actions">
          <Button type="submit" disabled={busy}>
            {busy ? busyLabel : submitLabel}
          </Button>
          {secondaryAction && (
            <Button type="button" variant="secondary" disabled={busy} onClick={secondaryAction.onClick}>
              {secondaryAction.label}
            </Button>
          )}
          <AppLink to={cancelTo}>Avbryt</AppLink>
        </div>
      </form>
    </>
  );
}
