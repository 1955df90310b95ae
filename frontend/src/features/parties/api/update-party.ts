import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, ifMatch, requireData } from '../../../lib/api/client';
import type { Party, PartyUpdate } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';
import { partyKeys } from './query-keys';

export type UpdatePartyArgs = { partyId: number; version: number; input: PartyUpdate };

export async function updateParty({ partyId, version, input }: UpdatePartyArgs): Promise<Party> {
  return requireData(
    await apiClient.PUT('/api/v1/parties/{id}', {
      params: { path: { id: partyId }, header: { 'If-Match': ifMatch(version) } },
      body: input,
    }),
  );
}

export function useUpdateParty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateParty,
    onSuccess: (party) => {
      queryClient.setQueryData(partyKeys.detail(party.id), party);
      return invalidateAfterChange(queryClient);
    },
  });
}
