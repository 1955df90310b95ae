// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApiClient } from './client';
import { ProblemError } from './problem';

/* A real HTTP server answering the way the backend does, so the middleware sees real Response objects. */
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/v1/measures' && url.searchParams.get('status') === 'DONE') {
      response.writeHead(400, { 'Content-Type': 'application/problem+json' });
      response.end(
        JSON.stringify({
          type: 'https://planstatus.no/problems/validation',
          title: 'Ugyldig forespørsel',
          status: 400,
          detail: 'Ett eller flere parametere er ugyldige',
          instance: '/api/v1/measures',
          violations: [{ field: 'status', message: 'må være en av NOT_REPORTED, NOT_STARTED, IN_PROGRESS' }],
        }),
      );
      return;
    }
    if (url.pathname === '/api/v1/measures/999') {
      response.writeHead(404, { 'Content-Type': 'application/problem+json;charset=UTF-8' });
      response.end(JSON.stringify({ title: 'Fant ikke tiltaket', status: 404, detail: 'Tiltak 999 finnes ikke' }));
      return;
    }
    if (url.pathname === '/api/v1/auth/login') {
      response.writeHead(429, { 'Content-Type': 'application/problem+json', 'Retry-After': '540' });
      response.end(JSON.stringify({ title: 'Too Many Requests', status: 429, detail: 'For mange forsøk.' }));
      return;
    }
    if (url.pathname === '/api/v1/parties') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ items: [] }));
      return;
    }
    response.writeHead(502, { 'Content-Type': 'text/html' });
    response.end('<h1>Bad Gateway</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function caught(promise: Promise<unknown>): Promise<ProblemError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ProblemError);
  return error as ProblemError;
}

describe('problem+json middleware', () => {
  it('turns a validation problem into a ProblemError with its violations', async () => {
    const client = createApiClient({ baseUrl });
    // A value outside the enum, as another system might send it; the server must answer 400.
    const query = { status: 'DONE' } as unknown as { status: 'NOT_REPORTED' };
    const error = await caught(client.GET('/api/v1/measures', { params: { query } }));

    expect(error.status).toBe(400);
    expect(error.title).toBe('Ugyldig forespørsel');
    expect(error.detail).toBe('Ett eller flere parametere er ugyldige');
    expect(error.type).toBe('https://planstatus.no/problems/validation');
    expect(error.instance).toBe('/api/v1/measures');
    expect(error.violations).toEqual([
      { field: 'status', message: 'må være en av NOT_REPORTED, NOT_STARTED, IN_PROGRESS' },
    ]);
  });

  it('recognises a 404 problem (content type with parameters) as not found', async () => {
    const client = createApiClient({ baseUrl });
    const error = await caught(client.GET('/api/v1/measures/{id}', { params: { path: { id: 999 } } }));

    expect(error.isNotFound).toBe(true);
    expect(error.title).toBe('Fant ikke tiltaket');
    expect(error.violations).toEqual([]);
  });

  it('describes a failure that is not problem+json by its status', async () => {
    const client = createApiClient({ baseUrl });
    const error = await caught(client.GET('/api/v1/strategic-plans'));

    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
  });

  it('keeps how long to wait from Retry-After', async () => {
    const client = createApiClient({ baseUrl });
    const error = await caught(client.POST('/api/v1/auth/login', { body: { username: 'a', password: 'b' } }));

    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(540);
  });

  it('lets successful answers through untouched', async () => {
    const client = createApiClient({ baseUrl });
    const { data } = await client.GET('/api/v1/parties');
    expect(data).toEqual({ items: [] });
  });
});
