import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import { isProblemError } from '../../../lib/api/problem';
import type { SignedIn } from '../../../lib/api/types';
import { authKeys } from './query-keys';

/**
 * Who is signed in, or null when nobody is. Asks GET /api/v1/auth/session, which answers 200 either way, so an
 * anonymous visitor's page logs no failed request (GET /api/v1/auth/me answers 401 for nobody, for integrators).
 */
export async function getMe(): Promise<SignedIn | null> {
  try {
    return requireData(await apiClient.GET('/api/v1/auth/session')).account;
  } catch (error) {
    if (isProblemError(error) && error.isUnauthorized) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.me(),
    queryFn: getMe,
  });

/** Not a suspense query: public pages render at once and show what the signed-in user may do when it is known. */
export function useMe() {
  return useQuery(meQueryOptions());
}
