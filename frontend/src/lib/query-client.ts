import { QueryClient } from '@tanstack/react-query';

import { isProblemError } from './api/problem';

const MAX_RETRIES = 2;

/** Client errors (4xx) will not change on retry; only server and network failures are retried. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isProblemError(error) && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: shouldRetry,
      },
    },
  });
}
