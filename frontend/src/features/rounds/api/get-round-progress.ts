import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { RoundProgress } from '../../../lib/api/types';
import { roundKeys } from './query-keys';

/** How often the round page asks again while it is open: reports arrive while the editor watches. */
export const PROGRESS_REFRESH_MS = 30_000;

export async function getRoundProgress(roundId: number): Promise<RoundProgress> {
  return requireData(await apiClient.GET('/api/v1/rounds/{id}/progress', { params: { path: { id: roundId } } }));
}

export const roundProgressQueryOptions = (roundId: number) =>
  queryOptions({
    queryKey: roundKeys.progress(roundId),
    queryFn: () => getRoundProgress(roundId),
    staleTime: 0,
    refetchOnWindowFocus: 'always',
    refetchInterval: (query) => (query.state.data?.open === false ? false : PROGRESS_REFRESH_MS),
  });

export function useRoundProgress(roundId: number) {
  return useSuspenseQuery(roundProgressQueryOptions(roundId));
}
