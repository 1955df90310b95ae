import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { Account } from '../../../lib/api/types';
import { accountKeys } from './query-keys';

export async function getAccount(accountId: number): Promise<Account> {
  return requireData(await apiClient.GET('/api/v1/accounts/{id}', { params: { path: { id: accountId } } }));
}

export const accountQueryOptions = (accountId: number) =>
  queryOptions({
    queryKey: accountKeys.detail(accountId),
    queryFn: () => getAccount(accountId),
  });

export function useAccount(accountId: number) {
  return useSuspenseQuery(accountQueryOptions(accountId));
}
