import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, createdId } from '../../../lib/api/client';
import type { AccountCreate } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';

/** Creates an account; the answer is its id, from Location. */
export async function createAccount(input: AccountCreate): Promise<number> {
  const { response } = await apiClient.POST('/api/v1/accounts', { body: input });
  return createdId(response);
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccount,
    onSuccess: () => invalidateAfterChange(queryClient),
  });
}
