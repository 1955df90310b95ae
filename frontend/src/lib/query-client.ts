import { MutationCache, QueryClient } from '@tanstack/react-query';

import { isProblemError } from './api/problem';

const MAX_RETRIES = 2;

/** Client errors (4xx) will not change on retry; only server and network failures are retried. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isProblemError(error) && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

type QueryClientOptions = {
  /** Called when a write is answered 401: the session has ended. */
  onUnauthorized?: () => void;
};

export function createQueryClient({ onUnauthorized }: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isProblemError(error) && error.isUnauthorized) onUnauthorized?.();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: shouldRetry,
      },
    },
  });
}

/**
 * After a change to the plan: a measure, goal or party shows on many pages (overview, goal, party, its own),
 * so all of it is marked stale. Only what is on screen is fetched again at once; the rest when next shown.
 */
export function invalidateAfterChange(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries();
}

/**
 * After a delete: everything is marked stale but nothing fetched yet, since the page on screen still shows what
 * was deleted (and would fail fetching it) until the user is taken away from it.
 */
export function invalidateAfterDelete(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ refetchType: 'none' });
}
