import type { QueryClient } from '@tanstack/react-query';

import type { SignedIn } from '../../lib/api/types';
import { authKeys } from './api/query-keys';

/** The CSRF token of the current session, kept with who is signed in in the query cache. */
export function csrfTokenOf(queryClient: QueryClient): string | null | undefined {
  return queryClient.getQueryData<SignedIn | null>(authKeys.me())?.csrfToken;
}
