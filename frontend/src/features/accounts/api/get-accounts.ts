import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { Account } from '../../../lib/api/types';
import { accountKeys } from './query-keys';

export async function getAccounts(): Promise<Account[]> {
  const { items } = requireData(await apiClient.GET('/api/v1/accounts'));
  return items;
}

export const accountsQueryOptions = () =>
  queryOptions({
    queryKey: accountKeys.list(),
    queryFn: getAccounts,
  });

export function useAccounts() {
  return useSuspenseQuery(accountsQueryOptions());
}
