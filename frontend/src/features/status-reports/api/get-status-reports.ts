import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import { statusReportKeys } from './query-keys';
import type { StatusReportSummary } from './types';

/** The published reports of an action plan, newest period first, every version included. */
export async function getStatusReports(actionPlanId: number): Promise<StatusReportSummary[]> {
  const { items } = requireData(
    await apiClient.GET('/api/v1/status-reports', { params: { query: { actionPlan: actionPlanId } } }),
  );
  return items;
}

export const statusReportsQueryOptions = (actionPlanId: number) =>
  queryOptions({ queryKey: statusReportKeys.list(actionPlanId), queryFn: () => getStatusReports(actionPlanId) });

/** Not suspending: the list sits beside other content (overview, dashboard) that must not wait for it. */
export function useStatusReports(actionPlanId: number) {
  return useQuery(statusReportsQueryOptions(actionPlanId));
}
