import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, ifMatch } from '../../../lib/api/client';
import { invalidateAfterDelete } from '../../../lib/query-client';

export type DeletePartyArgs = { partyId: number; version: number };

export async function deleteParty({ partyId, version }: DeletePartyArgs): Promise<void> {
  await apiClient.DELETE('/api/v1/parties/{id}', {
    params: { path: { id: partyId }, header: { 'If-Match': ifMatch(version) } },
  });
}

export function useDeleteParty() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteParty, onSuccess: () => invalidateAfterDelete(queryClient) });
}
