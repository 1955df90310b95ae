import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, ifMatch, requireData } from '../../../lib/api/client';
import type { ReportingPeriod, ReportingPeriodUpdate } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';

export type UpdatePeriodArgs = { periodId: number; version: number; input: ReportingPeriodUpdate };

export async function updatePeriod({ periodId, version, input }: UpdatePeriodArgs): Promise<ReportingPeriod> {
  return requireData(
    await apiClient.PUT('/api/v1/periods/{id}', {
      params: { path: { id: periodId }, header: { 'If-Match': ifMatch(version) } },
      body: input,
    }),
  );
}

export function useUpdatePeriod() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updatePeriod, onSuccess: () => invalidateAfterChange(queryClient) });
}
