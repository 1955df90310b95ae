import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { Party } from '../../../lib/api/types';
import { partyKeys } from './query-keys';

export async function getParty(partyId: number): Promise<Party> {
  return requireData(await apiClient.GET('/api/v1/parties/{id}', { params: { path: { id: partyId } } }));
}

export const partyQueryOptions = (partyId: number) =>
  queryOptions({
    queryKey: partyKeys.detail(partyId),
    queryFn: () => getParty(partyId),
  });

export function useParty(partyId: number) {
  return useSuspenseQuery(partyQueryOptions(partyId));
}
