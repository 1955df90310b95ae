import { queryOptions } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { ActionPlan } from '../../../lib/api/types';
import { planKeys } from './query-keys';

export async function getActionPlan(actionPlanId: number): Promise<ActionPlan> {
  return requireData(
    await apiClient.GET('/api/v1/action-plans/{id}', { params: { path: { id: actionPlanId } } }),
  );
}

/** One action plan by id; the edit page compares against it when someone else saved first. */
export const actionPlanQueryOptions = (actionPlanId: number) =>
  queryOptions({ queryKey: planKeys.actionPlan(actionPlanId), queryFn: () => getActionPlan(actionPlanId) });
