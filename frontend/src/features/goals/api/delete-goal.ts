import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, ifMatch } from '../../../lib/api/client';
import { invalidateAfterDelete } from '../../../lib/query-client';

export type DeleteGoalArgs = { goalId: number; version: number };

export async function deleteGoal({ goalId, version }: DeleteGoalArgs): Promise<void> {
  await apiClient.DELETE('/api/v1/goals/{id}', {
    params: { path: { id: goalId }, header: { 'If-Match': ifMatch(version) } },
  });
}

export function useDeleteGoal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteGoal,
    onSuccess: () => invalidateAfterDelete(queryClient),
  });
}
