import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { RoundSummary } from '../../../lib/api/types';
import { roundKeys } from './query-keys';

/** Every reporting round, open ones first, each with its counts. */
export async function getRounds(): Promise<RoundSummary[]> {
  const { items } = requireData(await apiClient.GET('/api/v1/rounds'));
  return items;
}

export const roundsQueryOptions = () => queryOptions({ queryKey: roundKeys.list(), queryFn: getRounds });

export function useRounds() {
  return useSuspenseQuery(roundsQueryOptions());
}
