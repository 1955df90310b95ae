import { isRouteErrorResponse, Navigate, useLocation, useRouteError } from 'react-router';

import { ErrorState } from '../../components/error-state';
import { Forbidden } from '../../components/forbidden';
import { NotFound } from '../../components/not-found';
import { routePaths } from '../../config/paths';
import { isProblemError } from '../../lib/api/problem';

function hasStatus(error: unknown, status: number): boolean {
  return (isRouteErrorResponse(error) && error.status === status) || (isProblemError(error) && error.status === status);
}

export function isNotFoundError(error: unknown): boolean {
  return hasStatus(error, 404);
}

export function RouteError() {
  const error = useRouteError();
  const { pathname, search } = useLocation();
  if (isNotFoundError(error)) return <NotFound />;
  if (hasStatus(error, 403)) return <Forbidden />;
  // The session ended while the page loaded: sign in again and come back.
  if (hasStatus(error, 401)) return <Navigate to={routePaths.login(`${pathname}${search}`)} replace />;
  return <ErrorState error={error} onRetry={() => window.location.reload()} />;
}
