import type { Middleware } from 'openapi-fetch';

export type Violation = { field: string; message: string };

type ProblemDetails = {
  status: number;
  title: string;
  type?: string;
  detail?: string;
  instance?: string;
  violations?: Violation[];
  /** Seconds to wait before trying again, from Retry-After (429, 503). */
  retryAfterSeconds?: number;
};

/** An RFC 9457 problem answered by the API, or a failed response described the same way. */
export class ProblemError extends Error {
  readonly status: number;
  readonly title: string;
  readonly type: string | undefined;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  readonly violations: Violation[];
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
    this.status = problem.status;
    this.title = problem.title;
    this.type = problem.type;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.violations = problem.violations ?? [];
    this.retryAfterSeconds = problem.retryAfterSeconds;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  /** 412: the version the client edited is no longer the current one. */
  get isStaleVersion(): boolean {
    return this.status === 412;
  }
}

export function isProblemError(error: unknown): error is ProblemError {
  return error instanceof ProblemError;
}

export const NETWORK_FAILURE_MESSAGE = 'Tjenesten svarer ikke. Sjekk nettforbindelsen og prøv igjen.';

/** The server's own explanation of a failure (its detail is written for people), or what we know without one. */
export function problemMessage(error: unknown): string {
  if (isProblemError(error)) return error.detail ?? error.title;
  return NETWORK_FAILURE_MESSAGE;
}

function isProblemContentType(response: Response): boolean {
  return response.headers.get('content-type')?.toLowerCase().includes('application/problem+json') ?? false;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function parseViolations(value: unknown): Violation[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { field, message } = entry as Record<string, unknown>;
    return typeof message === 'string' ? [{ field: optionalString(field) ?? '', message }] : [];
  });
}

/** Retry-After in seconds; the HTTP-date form is not used by this API. */
function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

export async function problemFromResponse(response: Response): Promise<ProblemError> {
  const fallback = {
    status: response.status,
    title: response.statusText || `HTTP ${response.status}`,
    retryAfterSeconds: retryAfterSeconds(response),
  };
  if (!isProblemContentType(response)) return new ProblemError(fallback);

  let body: unknown;
  try {
    body = await response.clone().json();
  } catch {
    return new ProblemError(fallback);
  }
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return new ProblemError({
    status: typeof problem.status === 'number' ? problem.status : response.status,
    title: optionalString(problem.title) ?? fallback.title,
    type: optionalString(problem.type),
    detail: optionalString(problem.detail),
    instance: optionalString(problem.instance),
    violations: parseViolations(problem.violations),
    retryAfterSeconds: fallback.retryAfterSeconds,
  });
}

/** Turns every unsuccessful response into a thrown ProblemError, so callers only ever see data. */
export const problemMiddleware: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await problemFromResponse(response);
    return undefined;
  },
};
