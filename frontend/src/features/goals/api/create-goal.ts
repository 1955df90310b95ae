import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, createdId } from '../../../lib/api/client';
import type { GoalCreate } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';

/** Creates a goal; the answer is its id, from Location. */
export async function createGoal(input: GoalCreate): Promise<number> {
  const { response } = await apiClient.POST('/api/v1/goals', { body: input });
  return createdId(response);
}

export function useCreateGoal() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createGoal, onSuccess: () => invalidateAfterChange(queryClient) });
}
