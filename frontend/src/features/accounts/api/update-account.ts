import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, ifMatch, requireData } from '../../../lib/api/client';
import type { Account, AccountUpdate } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';
import { accountKeys } from './query-keys';

export type UpdateAccountArgs = { accountId: number; version: number; input: AccountUpdate };

export async function updateAccount({ accountId, version, input }: UpdateAccountArgs): Promise<Account> {
  return requireData(
    await apiClient.PUT('/api/v1/accounts/{id}', {
      params: { path: { id: accountId }, header: { 'If-Match': ifMatch(version) } },
      body: input,
    }),
  );
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAccount,
    onSuccess: (account) => {
      queryClient.setQueryData(accountKeys.detail(account.id), account);
      return invalidateAfterChange(queryClient);
    },
  });
}
