const MONTHS_NB = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const;

/**
 * Formats an ISO calendar date the way Norwegian documents write it: "2020-06" → "juni 2020",
 * "2021-05-26" → "26. mai 2021". The plan's dates are calendar dates, so no time zone is involved.
 * Anything else is returned unchanged rather than guessed at.
 */
export function formatNorwegianDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const monthName = MONTHS_NB[Number(month) - 1];
  if (monthName === undefined) return isoDate;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)}. ${monthName} ${year}`;
}

/** «Vedtatt juni 2020» or «Vedtatt av Regionrådet for Fjellregionen 26. mai 2021». */
export function formatAdoption(adoptedBy: string | null | undefined, adoptedOn: string | null | undefined): string | null {
  if (!adoptedOn && !adoptedBy) return null;
  const parts = ['Vedtatt'];
  if (adoptedBy) parts.push(`av ${adoptedBy}`);
  if (adoptedOn) parts.push(formatNorwegianDate(adoptedOn));
  return parts.join(' ');
}

/** "2020–2024", with the en dash Norwegian typography uses for ranges. */
export function formatPeriod(start: number, end: number): string {
  return start === end ? String(start) : `${start}–${end}`;
}

const dateTimeFormat = new Intl.DateTimeFormat('nb-NO', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Oslo',
});

/** A moment as people in the region read it: «3. oktober 2022 kl. 11:15» (Norwegian time). */
export function formatDateTime(isoInstant: string): string {
  const date = new Date(isoInstant);
  return Number.isNaN(date.getTime()) ? isoInstant : dateTimeFormat.format(date);
}
