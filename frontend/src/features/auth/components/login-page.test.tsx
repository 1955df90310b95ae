import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { SignedIn } from '../../../lib/api/types';
import { fakeApi, json, problem, sentRequests } from '../../../testing/fake-api';
import { renderPage } from '../../../testing/render';
import { authKeys } from '../api/query-keys';
import { csrfTokenOf } from '../csrf';
import { LoginPage } from './login-page';

const admin: SignedIn = {
  username: 'admin',
  displayName: 'Administrator',
  role: 'ADMIN',
  party: null,
  csrfToken: 'csrf-of-the-new-session',
};

async function signIn(username: string, password: string) {
  const user = userEvent.setup();
  const result = renderPage(<LoginPage next="/tiltak/14" />, { path: '/logg-inn' });
  if (username) await user.type(screen.getByRole('textbox', { name: 'Brukernavn' }), username);
  if (password) await user.type(screen.getByLabelText('Passord'), password);
  await user.click(screen.getByRole('button', { name: 'Logg inn' }));
  return { ...result, user };
}

describe('signing in', () => {
  it('remembers who signed in with the session’s CSRF token and goes on to where the user was going', async () => {
    fakeApi({ 'POST /api/v1/auth/login': () => json(200, admin) });

    const { router, queryClient } = await signIn('admin', 'riktig passord');

    await waitFor(() => expect(router.state.location.pathname).toBe('/tiltak/14'));
    expect(queryClient.getQueryData(authKeys.me())).toEqual(admin);
    expect(csrfTokenOf(queryClient)).toBe('csrf-of-the-new-session');
    expect(await sentRequests('POST /api/v1/auth/login')[0]?.json()).toEqual({
      username: 'admin',
      password: 'riktig passord',
    });
  });

  it('says «Feil brukernavn eller passord» on 401, and empties the password field', async () => {
    fakeApi({ 'POST /api/v1/auth/login': () => problem(401, { detail: 'Feil brukernavn eller passord.' }) });

    const { router } = await signIn('admin', 'feil');

    const summary = await screen.findByRole('group', { name: 'Vi kunne ikke logge deg inn' });
    expect(within(summary).getByText('Feil brukernavn eller passord.')).toBeVisible();
    expect(screen.getByLabelText('Passord')).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Brukernavn' })).toHaveValue('admin');
    expect(router.state.location.pathname).toBe('/logg-inn');
  });

  it('asks the user to wait after too many failed attempts (429), for as long as Retry-After says', async () => {
    fakeApi({
      'POST /api/v1/auth/login': () => problem(429, { detail: 'For mange forsøk.' }, { 'Retry-After': '540' }),
    });

    await signIn('admin', 'feil igjen');

    expect(
      await screen.findByText('For mange mislykkede forsøk på å logge inn. Vent 9 minutter før du prøver igjen.'),
    ).toBeVisible();
  });

  it('puts the server’s violations on the fields', async () => {
    fakeApi({
      'POST /api/v1/auth/login': () =>
        problem(400, {
          violations: [
            { field: 'username', message: 'må fylles ut' },
            { field: 'password', message: 'må fylles ut' },
          ],
        }),
    });

    await signIn('', '');

    const summary = await screen.findByRole('group', { name: 'Vi kunne ikke logge deg inn' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Brukernavn: må fylles ut',
      'Passord: må fylles ut',
    ]);
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Brukernavn' })).toHaveAccessibleDescription(
        'Brukernavn: må fylles ut',
      ),
    );
  });
});
