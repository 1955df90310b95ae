import { ErrorSummary } from '@digdir/designsystemet-react';
import type { MouseEvent } from 'react';

import { hasFormErrors, type FormErrors } from '../../lib/forms/form-errors';

type FormErrorSummaryProps<F extends string> = {
  errors: FormErrors<F>;
  /** The id of each field's input, in the order the form shows them. */
  fieldIds: Record<F, string>;
  heading: string;
  /** Changes on every submit, so the summary takes focus again when the next attempt fails too. */
  attempt: number;
};

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  // Following the fragment would only scroll; the user came here to correct the field, so put them in it.
  event.preventDefault();
  field.focus();
}

/** Every problem of a failed submit, each field's message linking to the field (Designsystemet's pattern). */
export function FormErrorSummary<F extends string>({ errors, fieldIds, heading, attempt }: FormErrorSummaryProps<F>) {
  if (!hasFormErrors(errors)) return null;
  const fieldEntries = (Object.keys(fieldIds) as F[]).flatMap((field) => {
    const message = errors.fields[field];
    return message ? [{ id: fieldIds[field], message }] : [];
  });

  return (
    // Designsystemet's summary focuses itself when it appears; a new key makes it appear anew on each attempt.
    <ErrorSummary key={attempt}>
      <ErrorSummary.Heading level={2} data-size="xs">
        {heading}
      </ErrorSummary.Heading>
      <ErrorSummary.List>
        {fieldEntries.map(({ id, message }) => (
          <ErrorSummary.Item key={id}>
            <ErrorSummary.Link href={`#${id}`} onClick={(event) => focusField(event, id)}>
              {message}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
        {errors.general.map((message) => (
          <ErrorSummary.Item key={message}>{message}</ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
