import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, ifMatch, requireData } from '../../../lib/api/client';
import type { Round } from '../../../lib/api/types';
import { roundKeys } from './query-keys';

export type CloseRoundArgs = { roundId: number; version: number };

export async function closeRound({ roundId, version }: CloseRoundArgs): Promise<Round> {
  return requireData(
    await apiClient.POST('/api/v1/rounds/{id}/close', {
      params: { path: { id: roundId }, header: { 'If-Match': ifMatch(version) } },
    }),
  );
}

export function useCloseRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeRound,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: roundKeys.all }),
        queryClient.invalidateQueries({ queryKey: roundKeys.obligations() }),
      ]),
  });
}
