import { data } from 'react-router';

import { parseId } from '../../lib/ids';

/** An id segment that is not a positive integer can never match anything: answer as a 404. */
export function requireId(raw: string | undefined): number {
  const id = parseId(raw);
  if (id === null) throw data('Ugyldig id i adressen', { status: 404 });
  return id;
}
