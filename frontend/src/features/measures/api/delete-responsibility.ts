import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, ifMatch } from '../../../lib/api/client';
import { invalidateAfterChange } from '../../../lib/query-client';

export type DeleteResponsibilityArgs = { measureId: number; responsibilityId: number; version: number };

export async function deleteResponsibility({ measureId, responsibilityId, version }: DeleteResponsibilityArgs) {
  await apiClient.DELETE('/api/v1/measures/{measureId}/responsibilities/{id}', {
    params: {
      path: { measureId: measureId, id: responsibilityId },
      header: { 'If-Match': ifMatch(version) },
    },
  });
}

/** The measure stays on screen, so it is fetched again at once, without the removed responsibility. */
export function useDeleteResponsibility() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteResponsibility, onSuccess: () => invalidateAfterChange(queryClient) });
}
