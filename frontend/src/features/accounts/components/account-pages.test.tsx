import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { Account } from '../../../lib/api/types';
import { fakeApi, json, problem, sentRequests } from '../../../testing/fake-api';
import { parties } from '../../../testing/fixtures';
import { createTestQueryClient, renderPage } from '../../../testing/render';
import { accountQueryOptions } from '../api/get-account';
import { CreateAccountPage } from './create-account-page';
import { EditAccountPage } from './edit-account-page';

const partyList = Object.values(parties);

const rita: Account = {
  id: 7,
  version: 2,
  username: 'rita',
  displayName: 'Rita Rapportør',
  role: 'REPORTER',
  party: parties.arbeidsutvalget,
  active: true,
  createdAt: '2022-09-01T08:00:00Z',
  passwordChangedAt: null,
};

describe('creating an account', () => {
  it('asks for a party only for reporters, and puts each violation on its field', async () => {
    fakeApi({
      'POST /api/v1/accounts': () =>
        problem(400, {
          violations: [
            { field: 'username', message: 'må ha 3 til 100 tegn: små bokstaver a-z, tall og . _ -' },
            { field: 'password', message: 'må ha 12 til 200 tegn' },
          ],
        }),
    });
    const user = userEvent.setup();
    renderPage(<CreateAccountPage parties={partyList} />);
    expect(screen.queryByRole('combobox', { name: 'Rapporterer for' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Brukernavn' }), 'Rita');
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Rita Rapportør');
    await user.click(screen.getByRole('radio', { name: /^Rapportør/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rapporterer for' }), 'Arbeidsutvalget');
    await user.type(screen.getByLabelText('Passord'), 'kort');
    await user.click(screen.getByRole('button', { name: 'Opprett bruker' }));

    const summary = await screen.findByRole('group', { name: 'Vi kunne ikke opprette brukeren' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Brukernavn: må ha 3 til 100 tegn: små bokstaver a-z, tall og . _ -',
      'Passord: må ha 12 til 200 tegn',
    ]);
    await waitFor(() =>
      expect(screen.getByLabelText('Passord')).toHaveAccessibleDescription(
        expect.stringContaining('Passord: må ha 12 til 200 tegn'),
      ),
    );
    expect(await sentRequests('POST /api/v1/accounts')[0]?.json()).toEqual({
      username: 'Rita',
      displayName: 'Rita Rapportør',
      password: 'kort',
      role: 'REPORTER',
      partyId: 1,
    });
  });
});

describe('editing an account', () => {
  it('sends no party for an editor, keeps the password unless a new one is typed, and sends If-Match', async () => {
    fakeApi({ 'PUT /api/v1/accounts/7': () => json(200, { ...rita, version: 3, role: 'EDITOR', party: null }) });
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(accountQueryOptions(rita.id).queryKey, rita);
    const user = userEvent.setup();
    const { router } = renderPage(<EditAccountPage accountId={rita.id} parties={partyList} />, { queryClient });

    await user.click(screen.getByRole('radio', { name: /^Redaktør/ }));
    expect(screen.queryByRole('combobox', { name: 'Rapporterer for' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Kontoen er aktiv' }));
    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/brukere'));
    const [request] = sentRequests('PUT /api/v1/accounts/7');
    expect(request?.headers.get('If-Match')).toBe('"2"');
    expect(await request?.json()).toEqual({ displayName: 'Rita Rapportør', role: 'EDITOR', active: false });
  });

  it('shows the e-mail address and sends the new one trimmed', async () => {
    fakeApi({ 'PUT /api/v1/accounts/7': () => json(200, { ...rita, version: 3, email: 'rita@au.no' }) });
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(accountQueryOptions(rita.id).queryKey, { ...rita, email: 'gammel@au.no' });
    const user = userEvent.setup();
    renderPage(<EditAccountPage accountId={rita.id} parties={partyList} />, { queryClient });

    const email = screen.getByRole('textbox', { name: 'E-post (valgfritt)' });
    expect(email).toHaveValue('gammel@au.no');
    await user.clear(email);
    await user.type(email, ' rita@au.no ');
    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));
    await waitFor(() => expect(sentRequests('PUT /api/v1/accounts/7')).toHaveLength(1));
    expect(await sentRequests('PUT /api/v1/accounts/7')[0]?.json()).toMatchObject({ email: 'rita@au.no' });
  });
});
