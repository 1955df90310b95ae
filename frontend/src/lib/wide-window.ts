/**
 * Whether the window is wide (48rem and more, where the overview's table has room). Disclosures that wait closed
 * on a phone start open here; without matchMedia (tests) the window counts as narrow.
 */
export function isWideWindow(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(min-width: 48rem)').matches
    : false;
}
