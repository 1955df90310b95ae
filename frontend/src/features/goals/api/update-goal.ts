import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, ifMatch, requireData } from '../../../lib/api/client';
import type { Goal, GoalUpdate } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';
import { goalKeys } from './query-keys';

export type UpdateGoalArgs = { goalId: number; version: number; input: GoalUpdate };

export async function updateGoal({ goalId, version, input }: UpdateGoalArgs): Promise<Goal> {
  return requireData(
    await apiClient.PUT('/api/v1/goals/{id}', {
      params: { path: { id: goalId }, header: { 'If-Match': ifMatch(version) } },
      body: input,
    }),
  );
}

export function useUpdateGoal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateGoal,
    onSuccess: (goal) => {
      queryClient.setQueryData(goalKeys.detail(goal.id), goal);
      return invalidateAfterChange(queryClient);
    },
  });
}
