import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { IssuedToken, TokenCreate } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';

/**
 * Issues a token. The answer holds its secret, the only time the server ever shows it: the caller keeps it in
 * the page, never in the query cache.
 */
export async function createToken(input: TokenCreate): Promise<IssuedToken> {
  return requireData(await apiClient.POST('/api/v1/tokens', { body: input }));
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    onSuccess: () => invalidateAfterChange(queryClient),
  });
}
