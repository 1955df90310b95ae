import { isProblemError, problemMessage, type Violation } from '../api/problem';

/** A form's fields by the API's own field names, each with the label the form shows. */
export type FieldLabels<F extends string> = Record<F, string>;

export type FormErrors<F extends string> = {
  /** One message per field, shown under the field and repeated in the error summary, e.g. «Tekst: må fylles ut». */
  fields: Partial<Record<F, string>>;
  /** Problems that belong to no field of the form. */
  general: string[];
};

export function noFormErrors<F extends string>(): FormErrors<F> {
  return { fields: {}, general: [] };
}

export function hasFormErrors(errors: FormErrors<string>): boolean {
  return errors.general.length > 0 || Object.keys(errors.fields).length > 0;
}

/** The form field a violation is about: `links[1].url` and `links` both belong to the field `links`. */
export function formFieldOf<F extends string>(violationField: string, fields: readonly F[]): F | undefined {
  const exact = fields.find((field) => field === violationField);
  if (exact) return exact;
  const head = violationField.split(/[.[]/, 1)[0];
  return fields.find((field) => field === head);
}

/** Labels for the parts of a list field's items, e.g. `{ url: 'adresse' }` for `links[0].url`. */
export type PartLabels = Record<string, string>;

/** «Lenker (nr. 2, adresse)» for `links[1].url`: which item of a list field, and which part of it. */
function nestedLabel(label: string, rest: string, partLabels: PartLabels): string {
  const parts = [...rest.matchAll(/\[(\d+)\]|\.?([^.[\]]+)/g)].map(([, index, name]) =>
    index === undefined ? (partLabels[name ?? ''] ?? name ?? '') : `nr. ${Number(index) + 1}`,
  );
  return parts.length > 0 ? `${label} (${parts.join(', ')})` : label;
}

/**
 * Puts each violation on the field it names, after the field's label («Tekst: må fylles ut»), so the message
 * makes sense on its own in the error summary. Violations of fields the form does not show are kept as general
 * problems, so nothing the server said is lost.
 */
export function formErrorsFromViolations<F extends string>(
  violations: readonly Violation[],
  labels: FieldLabels<F>,
  partLabels: PartLabels = {},
): FormErrors<F> {
  const fields = Object.keys(labels) as F[];
  const errors = noFormErrors<F>();
  for (const { field, message } of violations) {
    const formField = formFieldOf(field, fields);
    if (formField === undefined) {
      errors.general.push(field ? `${field}: ${message}` : message);
      continue;
    }
    const label = nestedLabel(labels[formField], field.slice(formField.length), partLabels);
    const text = `${label}: ${message}`;
    const existing = errors.fields[formField];
    errors.fields[formField] = existing ? `${existing}. ${text}` : text;
  }
  return errors;
}

/** Any failure of a form's request, as form errors: violations on their fields, anything else as general. */
export function formErrorsFromError<F extends string>(
  error: unknown,
  labels: FieldLabels<F>,
  partLabels: PartLabels = {},
): FormErrors<F> {
  if (isProblemError(error) && error.violations.length > 0) {
    return formErrorsFromViolations(error.violations, labels, partLabels);
  }
  return { fields: {}, general: [problemMessage(error)] };
}

/** A whole number typed into a field, or null when the text is not one. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  return Number(trimmed);
}
