import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, ifMatch } from '../../../lib/api/client';
import { invalidateAfterDelete } from '../../../lib/query-client';

export type DeleteActionPlanArgs = { actionPlanId: number; version: number };

export async function deleteActionPlan({ actionPlanId, version }: DeleteActionPlanArgs): Promise<void> {
  await apiClient.DELETE('/api/v1/action-plans/{id}', {
    params: { path: { id: actionPlanId }, header: { 'If-Match': ifMatch(version) } },
  });
}

export function useDeleteActionPlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteActionPlan, onSuccess: () => invalidateAfterDelete(queryClient) });
}
