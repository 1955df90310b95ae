import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { ApiToken } from '../../../lib/api/types';
import { tokenKeys } from './query-keys';

/** API tokens, newest first, revoked ones included; never their secrets. */
export async function getTokens(): Promise<ApiToken[]> {
  const { items } = requireData(await apiClient.GET('/api/v1/tokens'));
  return items;
}

export const tokensQueryOptions = () =>
  queryOptions({
    queryKey: tokenKeys.list(),
    queryFn: getTokens,
  });

export function useTokens() {
  return useSuspenseQuery(tokensQueryOptions());
}
