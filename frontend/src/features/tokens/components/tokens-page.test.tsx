import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { ApiToken, IssuedToken } from '../../../lib/api/types';
import { fakeApi, json, problem, sentRequests } from '../../../testing/fake-api';
import { parties } from '../../../testing/fixtures';
import { createTestQueryClient, renderPage } from '../../../testing/render';
import { tokensQueryOptions } from '../api/get-tokens';
import { TokensPage } from './tokens-page';

const intranet: ApiToken = {
  id: 3,
  name: 'Kommunens intranett',
  prefix: 'pst_Zx81kQ2a',
  role: 'REPORTER',
  party: parties.arbeidsutvalget,
  createdBy: 'Administrator',
  createdAt: '2022-09-01T08:00:00Z',
  lastUsedAt: '2022-09-02T10:00:00Z',
  revokedAt: null,
};

const issued: IssuedToken = {
  token: { ...intranet, id: 4, name: 'Arkivet', role: 'EDITOR', party: null, prefix: 'pst_Ab12', lastUsedAt: null },
  secret: 'pst_Ab12-the-whole-secret-only-shown-once',
};

function renderTokens(tokens: ApiToken[] = [intranet]) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(tokensQueryOptions().queryKey, tokens);
  const user = userEvent.setup();
  return { ...renderPage(<TokensPage parties={Object.values(parties)} />, { queryClient }), user };
}

describe('API tokens page', () => {
  it('lists tokens with prefix, role, party and last use, never a secret', () => {
    renderTokens([intranet, { ...intranet, id: 2, name: 'Gammel', lastUsedAt: null, revokedAt: '2022-09-03T08:00:00Z' }]);

    const rows = screen.getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Kommunens intranett');
    expect(rows[1]).toHaveTextContent('pst_Zx81kQ2a');
    expect(rows[1]).toHaveTextContent('Rapportør for Arbeidsutvalget');
    expect(rows[1]).toHaveTextContent('2. september 2022 kl. 12:00');
    expect(within(rows[2]!).getByText('Aldri')).toBeVisible();
    expect(within(rows[2]!).getByText(/^Trukket tilbake/)).toBeVisible();
    expect(within(rows[2]!).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the secret of a new token once, with a warning, and not after the user is done', async () => {
    fakeApi({
      'POST /api/v1/tokens': () => json(201, issued),
      'GET /api/v1/tokens': () => json(200, { items: [issued.token, intranet] }),
    });
    const { user } = renderTokens();

    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Arkivet');
    await user.click(screen.getByRole('radio', { name: 'Redaktør' }));
    await user.click(screen.getByRole('button', { name: 'Lag token' }));

    const heading = await screen.findByRole('heading', { name: 'Kopier hemmeligheten til «Arkivet» nå' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Hemmelighet' })).toHaveValue(issued.secret);
    expect(screen.getByRole('textbox', { name: 'Hemmelighet' })).toHaveAttribute('readonly');
    expect(screen.getByText(/Den vises bare denne ene gangen/)).toBeVisible();
    expect(await sentRequests('POST /api/v1/tokens')[0]?.json()).toEqual({ name: 'Arkivet', role: 'EDITOR' });

    await user.click(screen.getByRole('button', { name: 'Jeg har tatt vare på den' }));

    expect(screen.queryByDisplayValue(issued.secret)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Nytt API-token' })).toBeVisible();
  });

  it('puts the server’s violations on the fields, the party included', async () => {
    fakeApi({
      'POST /api/v1/tokens': () =>
        problem(400, { violations: [{ field: 'partyId', message: 'må fylles ut for rollen REPORTER' }] }),
    });
    const { user } = renderTokens();

    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Intranett');
    await user.click(screen.getByRole('radio', { name: 'Rapportør' }));
    await user.click(screen.getByRole('button', { name: 'Lag token' }));

    const link = await screen.findByRole('link', { name: 'Rapporterer for: må fylles ut for rollen REPORTER' });
    await user.click(link);
    expect(screen.getByRole('combobox', { name: 'Rapporterer for' })).toHaveFocus();
  });

  it('revokes a token only after confirming', async () => {
    fakeApi({
      'DELETE /api/v1/tokens/3': () => new Response(null, { status: 204 }),
      'GET /api/v1/tokens': () => json(200, { items: [{ ...intranet, revokedAt: '2022-09-04T08:00:00Z' }] }),
    });
    const { user } = renderTokens();

    await user.click(screen.getByRole('button', { name: 'Trekk tilbake Kommunens intranett' }));
    const dialog = screen.getByRole('dialog', { name: 'Trekke tilbake «Kommunens intranett»?' });
    expect(sentRequests('DELETE /api/v1/tokens/3')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Trekk tilbake' }));

    expect(await screen.findByText(/^Trukket tilbake 4\. september 2022/)).toBeVisible();
    expect(sentRequests('DELETE /api/v1/tokens/3')).toHaveLength(1);
  });
});
