import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, ifMatch } from '../../../lib/api/client';
import { invalidateAfterDelete } from '../../../lib/query-client';

export type DeleteMeasureArgs = { measureId: number; version: number };

export async function deleteMeasure({ measureId, version }: DeleteMeasureArgs): Promise<void> {
  await apiClient.DELETE('/api/v1/measures/{id}', {
    params: { path: { id: measureId }, header: { 'If-Match': ifMatch(version) } },
  });
}

export function useDeleteMeasure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteMeasure,
    onSuccess: () => invalidateAfterDelete(queryClient),
  });
}
