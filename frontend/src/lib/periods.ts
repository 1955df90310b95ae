import { queryOptions } from '@tanstack/react-query';

import { apiClient, requireData } from './api/client';
import type { ReportingPeriod } from './api/types';

/**
 * An action plan's reporting periods, shared by the report form (which period a report is for) and the plan's
 * editing page (which changes them), so both read and invalidate the same query.
 */
export const periodKeys = {
  ofActionPlan: (actionPlanId: number) => ['action-plans', 'periods', actionPlanId] as const,
};

export async function getActionPlanPeriods(actionPlanId: number): Promise<ReportingPeriod[]> {
  const { items } = requireData(
    await apiClient.GET('/api/v1/action-plans/{id}/periods', { params: { path: { id: actionPlanId } } }),
  );
  return items;
}

export const actionPlanPeriodsQueryOptions = (actionPlanId: number) =>
  queryOptions({ queryKey: periodKeys.ofActionPlan(actionPlanId), queryFn: () => getActionPlanPeriods(actionPlanId) });

const length = (period: ReportingPeriod) => Date.parse(period.endsOn) - Date.parse(period.startsOn);

/**
 * The period a new report is most likely for, among the open ones: the shortest one containing today (the
 * tertial rather than the year), else the one that ended last (reports are written after the period), else the
 * first. `today` is an ISO date.
 */
export function defaultPeriodId(periods: ReportingPeriod[], today: string): number | undefined {
  const open = periods.filter((period) => !period.locked);
  const containing = open
    .filter((period) => period.startsOn <= today && today <= period.endsOn)
    .sort((a, b) => length(a) - length(b));
  if (containing[0]) return containing[0].id;
  const ended = open.filter((period) => period.endsOn < today).sort((a, b) => b.endsOn.localeCompare(a.endsOn));
  return (ended[0] ?? open[0])?.id;
}

export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
