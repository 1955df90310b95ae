import type { QueryClient } from '@tanstack/react-query';
import { data, redirect } from 'react-router';

import { routePaths } from '../../config/paths';
import { meQueryOptions } from '../../features/auth/api/get-me';
import type { SignedIn } from '../../lib/api/types';

/**
 * For pages only some signed-in users may open: signed out → the sign-in page, which brings the user back
 * here; signed in without the right role → 403.
 */
export async function requireUser(
  queryClient: QueryClient,
  request: Request,
  allowed: (user: SignedIn) => boolean = () => true,
): Promise<SignedIn> {
  const user = await queryClient.ensureQueryData(meQueryOptions());
  if (!user) {
    const { pathname, search } = new URL(request.url);
    throw redirect(routePaths.login(`${pathname}${search}`));
  }
  if (!allowed(user)) throw data('Ingen tilgang', { status: 403 });
  return user;
}
