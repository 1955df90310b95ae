import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { PartyContact } from '../../../lib/api/types';
import { partyKeys } from './query-keys';

/** The party's contact address: editors only, never in the public party answers. */
export async function getPartyContact(partyId: number): Promise<PartyContact> {
  return requireData(await apiClient.GET('/api/v1/parties/{id}/contact', { params: { path: { id: partyId } } }));
}

export const partyContactQueryOptions = (partyId: number) =>
  queryOptions({
    queryKey: partyKeys.contact(partyId),
    queryFn: () => getPartyContact(partyId),
  });

export function usePartyContact(partyId: number) {
  return useSuspenseQuery(partyContactQueryOptions(partyId));
}
