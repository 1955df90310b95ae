import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, ifMatch, requireData } from '../../../lib/api/client';
import type { StrategicPlan, StrategicPlanUpdate } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';

export type UpdateStrategicPlanArgs = { planId: number; version: number; input: StrategicPlanUpdate };

export async function updateStrategicPlan({ planId, version, input }: UpdateStrategicPlanArgs): Promise<StrategicPlan> {
  return requireData(
    await apiClient.PUT('/api/v1/strategic-plans/{id}', {
      params: { path: { id: planId }, header: { 'If-Match': ifMatch(version) } },
      body: input,
    }),
  );
}

export function useUpdateStrategicPlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateStrategicPlan, onSuccess: () => invalidateAfterChange(queryClient) });
}
