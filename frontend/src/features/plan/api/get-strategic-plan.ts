import { queryOptions } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { StrategicPlan } from '../../../lib/api/types';
import { planKeys } from './query-keys';

export async function getStrategicPlan(planId: number): Promise<StrategicPlan> {
  return requireData(
    await apiClient.GET('/api/v1/strategic-plans/{id}', { params: { path: { id: planId } } }),
  );
}

/** One strategic plan by id; the edit page compares against it when someone else saved first. */
export const strategicPlanQueryOptions = (planId: number) =>
  queryOptions({ queryKey: planKeys.detail(planId), queryFn: () => getStrategicPlan(planId) });
