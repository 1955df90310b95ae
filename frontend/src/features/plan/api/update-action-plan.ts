import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, ifMatch, requireData } from '../../../lib/api/client';
import type { ActionPlan, ActionPlanUpdate } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';

export type UpdateActionPlanArgs = { actionPlanId: number; version: number; input: ActionPlanUpdate };

export async function updateActionPlan({ actionPlanId, version, input }: UpdateActionPlanArgs): Promise<ActionPlan> {
  return requireData(
    await apiClient.PUT('/api/v1/action-plans/{id}', {
      params: { path: { id: actionPlanId }, header: { 'If-Match': ifMatch(version) } },
      body: input,
    }),
  );
}

export function useUpdateActionPlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateActionPlan, onSuccess: () => invalidateAfterChange(queryClient) });
}
