import type { QueryClient } from '@tanstack/react-query';
import { redirect, useSearchParams, type LoaderFunctionArgs } from 'react-router';

import { loginNextParam } from '../../config/paths';
import { meQueryOptions } from '../../features/auth/api/get-me';
import { LoginPage } from '../../features/auth/components/login-page';
import { safeNextPath } from '../../features/auth/next-path';

export const loginLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    // Asked afresh: a session that ended while the app was open may still be cached as signed in.
    const user = await queryClient.fetchQuery({ ...meQueryOptions(), staleTime: 0 });
    if (user) throw redirect(safeNextPath(new URL(request.url).searchParams.get(loginNextParam)));
    return null;
  };

export function LoginRoute() {
  const [searchParams] = useSearchParams();
  return <LoginPage next={safeNextPath(searchParams.get(loginNextParam))} />;
}
