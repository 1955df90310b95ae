import { isRouteErrorResponse, useRouteError } from 'react-router';

import { ErrorState } from '../../components/error-state';
import { NotFound } from '../../components/not-found';
import { isProblemError } from '../../lib/api/problem';

export function isNotFoundError(error: unknown): boolean {
  return (isRouteErrorResponse(error) && error.status === 404) || (isProblemError(error) && error.isNotFound);
}

export function RouteError() {
  const error = useRouteError();
  if (isNotFoundError(error)) return <NotFound />;
  return <ErrorState error={error} onRetry={() => window.location.reload()} />;
}
