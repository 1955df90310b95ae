import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { Round, RoundOpen } from '../../../lib/api/types';
import { roundKeys } from './query-keys';

export async function openRound(input: RoundOpen): Promise<Round> {
  return requireData(await apiClient.POST('/api/v1/rounds', { body: input }));
}

export function useOpenRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openRound,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: roundKeys.all }),
        queryClient.invalidateQueries({ queryKey: roundKeys.obligations() }),
      ]),
  });
}
