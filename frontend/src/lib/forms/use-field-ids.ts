import { useId } from 'react';

import type { FieldLabels } from './form-errors';

/** A unique input id per field, so labels, messages and the error summary's links find their field. */
export function useFieldIds<F extends string>(labels: FieldLabels<F>): Record<F, string> {
  const id = useId();
  return Object.fromEntries(Object.keys(labels).map((field) => [field, `${id}-${field}`])) as Record<F, string>;
}
