import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { PartySummary } from '../../../lib/api/types';
import { partyKeys } from './query-keys';

export async function getParties(): Promise<PartySummary[]> {
  const { items } = requireData(await apiClient.GET('/api/v1/parties'));
  return items;
}

export const partiesQueryOptions = () =>
  queryOptions({
    queryKey: partyKeys.list(),
    queryFn: getParties,
  });

export function useParties() {
  return useSuspenseQuery(partiesQueryOptions());
}
