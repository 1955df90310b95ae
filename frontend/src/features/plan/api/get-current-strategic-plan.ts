import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import { ProblemError } from '../../../lib/api/problem';
import type { ActionPlan, StrategicPlan } from '../../../lib/api/types';
import { planKeys } from './query-keys';

/** The product shows one plan: the most recent strategic plan. */
export async function getCurrentStrategicPlan(): Promise<StrategicPlan> {
  const { items } = requireData(await apiClient.GET('/api/v1/strategic-plans'));
  const latest = [...items].sort((a, b) => b.periodStart - a.periodStart)[0];
  if (!latest) throw new ProblemError({ status: 404, title: 'Ingen strategisk plan er lastet inn' });
  return requireData(await apiClient.GET('/api/v1/strategic-plans/{id}', { params: { path: { id: latest.id } } }));
}

export const currentStrategicPlanQueryOptions = () =>
  queryOptions({
    queryKey: planKeys.current(),
    queryFn: getCurrentStrategicPlan,
  });

export function useCurrentStrategicPlan() {
  return useSuspenseQuery(currentStrategicPlanQueryOptions());
}

/** The action plan in force: the one that starts last. */
export function currentActionPlan(plan: StrategicPlan): ActionPlan | undefined {
  return [...plan.actionPlans].sort((a, b) => b.periodStart - a.periodStart)[0];
}
