import { QueryObserver } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { meQueryOptions } from '../features/auth/api/get-me';
import { authKeys } from '../features/auth/api/query-keys';
import { updateMeasure } from '../features/measures/api/update-measure';
import type { SignedIn } from '../lib/api/types';
import { fakeApi, json, problem, sentRequests } from '../testing/fake-api';
import { youthMeasure } from '../testing/fixtures';
import { createAppQueryClient } from './query-client';

const editor: SignedIn = { username: 'ed', displayName: 'Ed', role: 'EDITOR', party: null, csrfToken: 'csrf-1' };
const input = { goalId: 5, text: 'ny', responsibilityText: 'Administrasjonen', position: 1 };

describe('the app’s query client', () => {
  it('makes the shared API client send the CSRF token of whoever is signed in', async () => {
    fakeApi({ 'PUT /api/v1/measures/14': () => json(200, youthMeasure) });
    const queryClient = createAppQueryClient();
    queryClient.setQueryData(authKeys.me(), editor);

    await updateMeasure({ measureId: 14, version: 3, input });
    queryClient.setQueryData(authKeys.me(), { ...editor, csrfToken: 'csrf-2' });
    await updateMeasure({ measureId: 14, version: 3, input });

    const [first, second] = sentRequests('PUT /api/v1/measures/14');
    expect(first?.headers.get('X-CSRF-Token')).toBe('csrf-1');
    expect(second?.headers.get('X-CSRF-Token')).toBe('csrf-2');
  });

  it('asks again who is signed in when a write is answered 401', async () => {
    fakeApi({
      'PUT /api/v1/measures/14': () => problem(401, { detail: 'Ikke innlogget.' }),
      'GET /api/v1/auth/session': () => json(200, { account: null }),
    });
    const queryClient = createAppQueryClient();
    queryClient.setQueryData(authKeys.me(), editor);
    // The header always watches who is signed in.
    const unsubscribe = new QueryObserver(queryClient, meQueryOptions()).subscribe(() => undefined);

    await queryClient
      .getMutationCache()
      .build(queryClient, { mutationFn: () => updateMeasure({ measureId: 14, version: 3, input }) })
      .execute(undefined)
      .catch(() => undefined);

    await waitFor(() => expect(queryClient.getQueryData(authKeys.me())).toBeNull());
    unsubscribe();
  });
});
