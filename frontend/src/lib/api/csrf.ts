import type { Middleware } from 'openapi-fetch';

export const CSRF_HEADER = 'X-CSRF-Token';

/** Where the token of the current session is kept (the signed-in query's data); undefined when signed out. */
export type CsrfTokenSource = () => string | null | undefined;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Sends the session's CSRF token with every write. The server requires it on cookie-authenticated writes;
 * another site can neither read the token nor set the header.
 */
export function csrfMiddleware(csrfToken: CsrfTokenSource): Middleware {
  return {
    onRequest({ request }) {
      if (SAFE_METHODS.has(request.method.toUpperCase())) return undefined;
      const token = csrfToken();
      if (token) request.headers.set(CSRF_HEADER, token);
      return request;
    },
  };
}
