import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, createdId } from '../../../lib/api/client';
import type { ActionPlanCreate } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';

/** Creates an action plan; the answer is its id, from Location. */
export async function createActionPlan(input: ActionPlanCreate): Promise<number> {
  const { response } = await apiClient.POST('/api/v1/action-plans', { body: input });
  return createdId(response);
}

export function useCreateActionPlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createActionPlan, onSuccess: () => invalidateAfterChange(queryClient) });
}
