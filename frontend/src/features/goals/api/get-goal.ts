import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { Goal } from '../../../lib/api/types';
import { goalKeys } from './query-keys';

export async function getGoal(goalId: number): Promise<Goal> {
  return requireData(await apiClient.GET('/api/v1/goals/{id}', { params: { path: { id: goalId } } }));
}

export const goalQueryOptions = (goalId: number) =>
  queryOptions({
    queryKey: goalKeys.detail(goalId),
    queryFn: () => getGoal(goalId),
  });

export function useGoal(goalId: number) {
  return useSuspenseQuery(goalQueryOptions(goalId));
}
