import type { Assessment, ImplementationStatus } from './api/types';

/**
 * What a page may hand the new-report form to start from (e.g. «Mine tiltak»: my last report on the measure). It
 * travels in the navigation's state, so the form needs no request of its own and the URL stays the form's.
 */
export type ReportPrefill = {
  status: ImplementationStatus;
  assessment: Assessment;
  percentComplete: number | null;
  text: string;
  links: { url: string; title: string | null }[];
};

const STATE_KEY = 'reportPrefill';

export function reportPrefillState(prefill: ReportPrefill): Record<typeof STATE_KEY, ReportPrefill> {
  return { [STATE_KEY]: prefill };
}

/** The prefill in a location's state, if a page put one there. */
export function reportPrefillOf(state: unknown): ReportPrefill | null {
  if (typeof state !== 'object' || state === null || !(STATE_KEY in state)) return null;
  const prefill = (state as Record<string, unknown>)[STATE_KEY];
  if (typeof prefill !== 'object' || prefill === null) return null;
  const candidate = prefill as Partial<ReportPrefill>;
  if (typeof candidate.text !== 'string' || typeof candidate.status !== 'string') return null;
  return candidate as ReportPrefill;
}
