import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '../../../lib/api/client';
import { authKeys } from './query-keys';

export async function logout(): Promise<void> {
  await apiClient.POST('/api/v1/auth/logout');
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: async () => {
      queryClient.setQueryData(authKeys.me(), null);
      // What was fetched while signed in may include what only that user could see.
      queryClient.removeQueries({ predicate: (query) => query.getObserversCount() === 0 });
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
    },
  });
}
