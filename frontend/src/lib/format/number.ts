/** "40 %": Norwegian puts a (non-breaking) space before the percent sign. */
export function formatPercent(value: number): string {
  return `${value}\u00a0%`;
}
