import { describe, expect, it } from 'vitest';

import { ProblemError } from './api/problem';
import { shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it('does not retry answers that will not change, such as 404', () => {
    expect(shouldRetry(0, new ProblemError({ status: 404, title: 'Not Found' }))).toBe(false);
  });

  it('retries server and network failures a couple of times', () => {
    const unavailable = new ProblemError({ status: 503, title: 'Service Unavailable' });
    expect(shouldRetry(0, unavailable)).toBe(true);
    expect(shouldRetry(1, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(2, unavailable)).toBe(false);
  });
});
