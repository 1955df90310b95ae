import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { allPages, apiClient, requireData } from '../../../lib/api/client';
import type { PartySummary } from '../../../lib/api/types';
import { partyKeys } from './query-keys';

export async function getParties(): Promise<PartySummary[]> {
  return allPages(async (cursor) =>
    requireData(await apiClient.GET('/api/v1/parties', { params: { query: { limit: 500, cursor } } })),
  );
}

export const partiesQueryOptions = () =>
  queryOptions({
    queryKey: partyKeys.list(),
    queryFn: getParties,
  });

export function useParties() {
  return useSuspenseQuery(partiesQueryOptions());
}
