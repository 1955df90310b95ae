import type { Assessment, MeasureListQuery, MeasureStatus, ResponsibilityRole } from '../../lib/api/types';
import { parseId } from '../../lib/ids';
import { assessments, measureStatuses, responsibilityRoles } from '../../lib/labels';

/** The overview's choice of action plan and its filters, kept in the URL so they survive reload and can be shared. */
export type MeasureFilter = {
  /** The action plan shown; without one the overview picks its default. Not a filter of the list. */
  plan?: number;
  goal?: number;
  party?: number;
  role?: ResponsibilityRole;
  status?: MeasureStatus;
  assessment?: Assessment;
  /** Free text, matched by the server against reference, text and responsibility text. */
  q?: string;
  /** Only measures without an approved report for the latest closed period. */
  stale?: boolean;
};

/** The names other pages (the dashboard, its embed) link to, e.g. `/?status=COMPLETED&goal=3`. */
export const filterParamNames = {
  plan: 'plan',
  goal: 'goal',
  party: 'party',
  role: 'role',
  status: 'status',
  assessment: 'assessment',
  q: 'q',
  stale: 'mangler-rapport',
} as const;

/** The Norwegian names the overview used before; links saved with them keep working. */
const legacyParamNames = { party: 'ansvarlig', role: 'rolle' } as const;

/** The longest free text the server accepts. */
export const maxFilterTextLength = 200;

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return values.find((value) => value === raw);
}

/**
 * Reads the filter from the query string, ignoring values it does not know. A role applies to the chosen
 * party, or without one to any party (PARTNER: measures that have partners).
 */
export function parseMeasureFilter(params: URLSearchParams): MeasureFilter {
  const filter: MeasureFilter = {};
  const plan = parseId(params.get(filterParamNames.plan));
  const goal = parseId(params.get(filterParamNames.goal));
  const party = parseId(params.get(filterParamNames.party) ?? params.get(legacyParamNames.party));
  const role = oneOf(responsibilityRoles, params.get(filterParamNames.role) ?? params.get(legacyParamNames.role));
  const status = oneOf(measureStatuses, params.get(filterParamNames.status));
  const assessment = oneOf(assessments, params.get(filterParamNames.assessment));
  const q = params.get(filterParamNames.q)?.trim().slice(0, maxFilterTextLength);
  if (plan !== null) filter.plan = plan;
  if (goal !== null) filter.goal = goal;
  if (party !== null) filter.party = party;
  if (role) filter.role = role;
  if (status) filter.status = status;
  if (assessment) filter.assessment = assessment;
  if (q) filter.q = q;
  if (params.get(filterParamNames.stale) === 'ja') filter.stale = true;
  return filter;
}

export function measureFilterToSearchParams(filter: MeasureFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.plan !== undefined) params.set(filterParamNames.plan, String(filter.plan));
  if (filter.goal !== undefined) params.set(filterParamNames.goal, String(filter.goal));
  if (filter.party !== undefined) params.set(filterParamNames.party, String(filter.party));
  if (filter.role) params.set(filterParamNames.role, filter.role);
  if (filter.status) params.set(filterParamNames.status, filter.status);
  if (filter.assessment) params.set(filterParamNames.assessment, filter.assessment);
  const q = filter.q?.trim();
  if (q) params.set(filterParamNames.q, q);
  if (filter.stale) params.set(filterParamNames.stale, 'ja');
  return params;
}

/** Whether the list is narrowed; the choice of action plan is not a filter. */
export function isFilterActive(filter: MeasureFilter): boolean {
  return activeFilterCount(filter) > 0;
}

/** How many filters narrow the list, for the «Filtrer» disclosure's label. */
export function activeFilterCount(filter: MeasureFilter): number {
  return [
    filter.goal !== undefined,
    filter.party !== undefined,
    filter.role !== undefined,
    filter.status !== undefined,
    filter.assessment !== undefined,
    Boolean(filter.q?.trim()),
    filter.stale === true,
  ].filter(Boolean).length;
}

/** The filter without its narrowing: the same action plan, every measure. */
export function withoutFilters(filter: MeasureFilter): MeasureFilter {
  return filter.plan === undefined ? {} : { plan: filter.plan };
}

/** The API query for a filter within one action plan. */
export function measureListQuery(filter: MeasureFilter, actionPlanId?: number): MeasureListQuery {
  const query: MeasureListQuery = {};
  if (actionPlanId !== undefined) query.actionPlan = actionPlanId;
  if (filter.goal !== undefined) query.goal = filter.goal;
  if (filter.party !== undefined) query.party = filter.party;
  if (filter.role) query.role = filter.role;
  if (filter.status) query.status = filter.status;
  if (filter.assessment) query.assessment = filter.assessment;
  const q = filter.q?.trim();
  if (q) query.q = q;
  if (filter.stale) query.stale = true;
  return query;
}
