import createClient from 'openapi-fetch';

import { apiConfig } from '../../config/api';
import { ProblemError, problemMiddleware } from './problem';
import type { paths } from './schema';

export function createApiClient(baseUrl: string = apiConfig.baseUrl) {
  const client = createClient<paths>({ baseUrl });
  client.use(problemMiddleware);
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

export const apiClient = createApiClient();

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
