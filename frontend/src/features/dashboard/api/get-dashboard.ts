import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { ActionPlan, Dashboard } from '../../../lib/api/types';
import { dashboardKeys } from './query-keys';

/** Which dashboard to show; the server picks the plan and period that are left out. */
export type DashboardQuery = { actionPlan?: number; period?: number };

export async function getDashboard(query: DashboardQuery): Promise<Dashboard> {
  return requireData(await apiClient.GET('/api/v1/dashboard', { params: { query } }));
}

export const dashboardQueryOptions = (query: DashboardQuery) =>
  queryOptions({ queryKey: dashboardKeys.detail(query), queryFn: () => getDashboard(query) });

export function useDashboard(query: DashboardQuery) {
  return useSuspenseQuery(dashboardQueryOptions(query));
}

export async function getActionPlans(): Promise<ActionPlan[]> {
  return requireData(await apiClient.GET('/api/v1/action-plans')).items;
}

export const actionPlansQueryOptions = () =>
  queryOptions({ queryKey: dashboardKeys.actionPlans(), queryFn: getActionPlans });

export function useActionPlans() {
  return useSuspenseQuery(actionPlansQueryOptions());
}
