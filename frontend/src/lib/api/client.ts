import createClient from 'openapi-fetch';

import { apiConfig } from '../../config/api';
import { csrfMiddleware, type CsrfTokenSource } from './csrf';
import { ProblemError, problemMiddleware } from './problem';
import type { paths } from './schema';

type ApiClientOptions = {
  baseUrl?: string;
  csrfToken?: CsrfTokenSource;
};

export function createApiClient({ baseUrl = apiConfig.baseUrl, csrfToken = () => undefined }: ApiClientOptions = {}) {
  // The session cookie is HttpOnly and SameSite=Strict; the API lives on the app's own origin.
  // Public reads may be cached for 30 s (for intranets); the app always revalidates (a cheap 304), so it sees its
  // own writes at once.
  const client = createClient<paths>({ baseUrl, credentials: 'same-origin', cache: 'no-cache' });
  client.use(csrfMiddleware(csrfToken), problemMiddleware);
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

let currentCsrfToken: CsrfTokenSource = () => undefined;

/** The app points the shared client at the signed-in query, so the token lives in one place: the query cache. */
export function setCsrfTokenSource(source: CsrfTokenSource): void {
  currentCsrfToken = source;
}

export const apiClient = createApiClient({ csrfToken: () => currentCsrfToken() });

/**
 * The problem middleware throws on every failed response, so a missing body here means the server answered
 * 2xx without content where the contract promises one.
 */
export function requireData<T>(result: { data?: T; response: Response }): T {
  if (result.data === undefined) {
    throw new ProblemError({ status: result.response.status, title: 'Tomt svar fra tjenesten' });
  }
  return result.data;
}

/** Every item of a paged list: fetches page after page, following `nextCursor` until the last. */
export async function allPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor?: string | null }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}

/** The If-Match value for a resource's version: its ETag, `"<version>"`. */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

/** The id at the end of a 201 answer's Location, e.g. `/api/v1/measures/23` → 23. */
export function createdId(response: Response): number {
  const location = response.headers.get('location') ?? '';
  const id = Number(/\/(\d+)\/?$/.exec(location)?.[1]);
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new ProblemError({ status: response.status, title: 'Tjenesten oppga ikke hvor det nye ligger' });
  }
  return id;
}
