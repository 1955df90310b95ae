/**
 * A stand-in for the API in component tests: handlers per "METHOD /path" answer with real Response objects,
 * and every request is recorded so a test can check what the app sent (headers, body).
 */
export const FAKE_API_ORIGIN = 'http://api.test';

type Handler = (request: Request) => Response | Promise<Response>;

const handlers = new Map<string, Handler>();
const received: Request[] = [];

export function fakeApi(routes: Record<string, Handler>): void {
  for (const [route, handler] of Object.entries(routes)) handlers.set(route, handler);
}

export function resetFakeApi(): void {
  handlers.clear();
  received.length = 0;
}

/** The requests the app sent, oldest first; bodies can still be read. */
export function sentRequests(route?: string): Request[] {
  return route ? received.filter((request) => routeOf(request) === route) : [...received];
}

function routeOf(request: Request): string {
  return `${request.method} ${new URL(request.url).pathname}`;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problem(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify({ status, title: `HTTP ${status}`, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export async function fakeFetch(request: Request): Promise<Response> {
  received.push(request.clone());
  const handler = handlers.get(routeOf(request));
  if (!handler) throw new Error(`The fake API has no handler for ${routeOf(request)}`);
  return handler(request);
}
