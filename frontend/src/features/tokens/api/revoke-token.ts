import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '../../../lib/api/client';
import { invalidateAfterChange } from '../../../lib/query-client';

/** Tokens are never edited, so revoking needs no version. */
export async function revokeToken(tokenId: number): Promise<void> {
  await apiClient.DELETE('/api/v1/tokens/{id}', { params: { path: { id: tokenId } } });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeToken,
    onSuccess: () => invalidateAfterChange(queryClient),
  });
}
