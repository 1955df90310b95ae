import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, createdId } from '../../../lib/api/client';
import type { PartyCreate } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';

/** Creates a responsible body; the answer is its id, from Location. */
export async function createParty(input: PartyCreate): Promise<number> {
  const { response } = await apiClient.POST('/api/v1/parties', { body: input });
  return createdId(response);
}

export function useCreateParty() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createParty, onSuccess: () => invalidateAfterChange(queryClient) });
}
