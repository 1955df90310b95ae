// @vitest-environment node
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createApiClient } from './client';

/* A real HTTP server records the headers each request arrived with. */
let server: Server;
let baseUrl: string;
let received: { method: string; url: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    request.resume();
    request.on('end', () => {
      if (request.method === 'DELETE') {
        response.writeHead(204).end();
        return;
      }
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ items: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

beforeEach(() => {
  received = [];
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const update = { goalId: 5, text: 'ny tekst', responsibilityText: 'Administrasjonen', position: 1 };

describe('CSRF middleware', () => {
  it('sends the session’s token with every write', async () => {
    const client = createApiClient({ baseUrl, csrfToken: () => 'token-from-the-session' });

    await client.PUT('/api/v1/measures/{id}', {
      params: { path: { id: 14 }, header: { 'If-Match': '"3"' } },
      body: update,
    });
    await client.POST('/api/v1/measures', {
      body: { actionPlanId: 1, goalId: 5, text: 'x', responsibilityText: 'y' },
    });
    await client.DELETE('/api/v1/measures/{id}', { params: { path: { id: 14 }, header: { 'If-Match': '"4"' } } });

    expect(received.map(({ method }) => method)).toEqual(['PUT', 'POST', 'DELETE']);
    for (const { headers } of received) expect(headers['x-csrf-token']).toBe('token-from-the-session');
    expect(received[0]?.headers['if-match']).toBe('"3"');
  });

  it('leaves reads alone: they change nothing and need no token', async () => {
    const client = createApiClient({ baseUrl, csrfToken: () => 'token-from-the-session' });

    await client.GET('/api/v1/parties');

    expect(received).toHaveLength(1);
    expect(received[0]?.headers).not.toHaveProperty('x-csrf-token');
  });

  it('reads the token at the time of each request, so a new sign-in takes effect at once', async () => {
    const session: { token?: string } = {};
    const client = createApiClient({ baseUrl, csrfToken: () => session.token });

    await client.DELETE('/api/v1/measures/{id}', { params: { path: { id: 1 }, header: { 'If-Match': '"0"' } } });
    session.token = 'after-sign-in';
    await client.DELETE('/api/v1/measures/{id}', { params: { path: { id: 1 }, header: { 'If-Match': '"0"' } } });

    expect(received[0]?.headers).not.toHaveProperty('x-csrf-token');
    expect(received[1]?.headers['x-csrf-token']).toBe('after-sign-in');
  });
});
