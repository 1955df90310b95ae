import type { Assessment, MeasureStatus } from '../../lib/api/types';
import { parseId } from '../../lib/ids';
import type { DashboardQuery } from './api/get-dashboard';

/** The dashboard's choices in its own URL: `/dashbord?plan=<id>&period=<id>`. */
export function parseDashboardQuery(params: URLSearchParams): DashboardQuery {
  const query: DashboardQuery = {};
  const actionPlan = parseId(params.get('plan'));
  const period = parseId(params.get('period'));
  if (actionPlan !== null) query.actionPlan = actionPlan;
  if (period !== null) query.period = period;
  return query;
}

export function dashboardSearch(query: DashboardQuery): string {
  const params = new URLSearchParams();
  if (query.actionPlan !== undefined) params.set('plan', String(query.actionPlan));
  if (query.period !== undefined) params.set('period', String(query.period));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Which measures a number counts, as the overview's URL filters name them. */
export type OverviewFilter = {
  goal?: number;
  party?: number;
  role?: 'LEAD';
  status?: MeasureStatus;
  assessment?: Assessment;
};

/** The overview filtered to the measures a number counts: `/?plan=<id>&goal=<id>&status=COMPLETED`. */
export function overviewLink(actionPlanId: number, filter: OverviewFilter = {}): string {
  const params = new URLSearchParams({ plan: String(actionPlanId) });
  if (filter.goal !== undefined) params.set('goal', String(filter.goal));
  if (filter.party !== undefined) params.set('party', String(filter.party));
  if (filter.role) params.set('role', filter.role);
  if (filter.status) params.set('status', filter.status);
  if (filter.assessment) params.set('assessment', filter.assessment);
  return `/?${params.toString()}`;
}
