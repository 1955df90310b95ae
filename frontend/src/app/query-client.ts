import type { QueryClient } from '@tanstack/react-query';

import { authKeys } from '../features/auth/api/query-keys';
import { csrfTokenOf } from '../features/auth/csrf';
import { setCsrfTokenSource } from '../lib/api/client';
import { createQueryClient } from '../lib/query-client';

/** The app's cache, wired to sign-in: writes carry the session's CSRF token, and a 401 re-asks who is signed in. */
export function createAppQueryClient(): QueryClient {
  const queryClient: QueryClient = createQueryClient({
    onUnauthorized: () => void queryClient.invalidateQueries({ queryKey: authKeys.me() }),
  });
  setCsrfTokenSource(() => csrfTokenOf(queryClient));
  return queryClient;
}
