import type { MeasureListQuery, MeasureStatus, ResponsibilityRole } from '../../lib/api/types';
import { parseId } from '../../lib/ids';
import { measureStatuses, responsibilityRoles } from '../../lib/labels';

/** The overview's filters, kept in the URL so they survive reload and can be shared. */
export type MeasureFilter = {
  party?: number;
  role?: ResponsibilityRole;
  status?: MeasureStatus;
  /** Only measures without an approved report for the latest closed period. */
  stale?: boolean;
};

export const filterParamNames = {
  party: 'ansvarlig',
  role: 'rolle',
  status: 'status',
  stale: 'mangler-rapport',
} as const;

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return values.find((value) => value === raw);
}

/**
 * Reads the filter from the query string, ignoring values it does not know. A role applies to the chosen
 * party, or without one to any party (PARTNER: measures that have partners).
 */
export function parseMeasureFilter(params: URLSearchParams): MeasureFilter {
  const filter: MeasureFilter = {};
  const party = parseId(params.get(filterParamNames.party));
  const role = oneOf(responsibilityRoles, params.get(filterParamNames.role));
  const status = oneOf(measureStatuses, params.get(filterParamNames.status));
  if (party !== null) filter.party = party;
  if (role) filter.role = role;
  if (status) filter.status = status;
  if (params.get(filterParamNames.stale) === 'ja') filter.stale = true;
  return filter;
}

export function measureFilterToSearchParams(filter: MeasureFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.party !== undefined) params.set(filterParamNames.party, String(filter.party));
  if (filter.role) params.set(filterParamNames.role, filter.role);
  if (filter.status) params.set(filterParamNames.status, filter.status);
  if (filter.stale) params.set(filterParamNames.stale, 'ja');
  return params;
}

export function isFilterActive(filter: MeasureFilter): boolean {
  return (
    filter.party !== undefined || filter.role !== undefined || filter.status !== undefined || filter.stale === true
  );
}

/** The API query for a filter within one action plan. */
export function measureListQuery(filter: MeasureFilter, actionPlanId?: number): MeasureListQuery {
  const query: MeasureListQuery = {};
  if (actionPlanId !== undefined) query.actionPlan = actionPlanId;
  if (filter.party !== undefined) query.party = filter.party;
  if (filter.role) query.role = filter.role;
  if (filter.status) query.status = filter.status;
  if (filter.stale) query.stale = true;
  return query;
}
