import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { Invitation, SentInvitation } from '../../../lib/api/types';
import { fakeApi, json, problem, sentRequests } from '../../../testing/fake-api';
import { createTestQueryClient, renderPage } from '../../../testing/render';
import { roundInvitationsQueryOptions } from '../api/get-round-invitations';
import { RoundInvitations } from './round-invitations';

const parties = [
  { id: 5, name: 'Ungt Entreprenørskap Innlandet' },
  { id: 6, name: 'Tynset kommune' },
];

const kari: Invitation = {
  id: 11,
  version: 0,
  roundId: 3,
  partyId: 5,
  partyName: 'Ungt Entreprenørskap Innlandet',
  name: 'Kari Nordmann',
  email: 'kari@ue-innlandet.no',
  createdAt: '2022-09-01T08:00:00Z',
  createdBy: 'Siri Sekretær',
  revokedAt: null,
  lastUsedAt: null,
};

function renderInvitations(invitations: Invitation[] = [kari]) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(roundInvitationsQueryOptions(3).queryKey, invitations);
  const user = userEvent.setup();
  return { ...renderPage(<RoundInvitations roundId={3} parties={parties} />, { queryClient }), user };
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(screen.getByRole('combobox', { name: 'Rapporterer for' }), '6');
  await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Ola Kontakt');
  await user.type(screen.getByRole('textbox', { name: 'E-postadresse' }), 'ola@tynset.kommune.no');
  await user.click(screen.getByRole('button', { name: 'Send personlig lenke' }));
}

describe('personal links on the round page', () => {
  it('lists who got a link, its last use and status, with revoke only for active ones', () => {
    renderInvitations([kari, { ...kari, id: 12, name: 'Per', revokedAt: '2022-09-03T08:00:00Z' }]);

    const rows = screen.getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Kari Nordmann (kari@ue-innlandet.no)');
    expect(rows[1]).toHaveTextContent('Ungt Entreprenørskap Innlandet');
    expect(within(rows[1]!).getByText('Aldri')).toBeVisible();
    expect(within(rows[1]!).getByText('Aktiv')).toBeVisible();
    expect(within(rows[2]!).getByText(/^Trukket tilbake/)).toBeVisible();
    expect(within(rows[2]!).queryByRole('button')).not.toBeInTheDocument();
  });

  it('sends a link and says so, without ever showing it when the e-mail went', async () => {
    const sent: SentInvitation = {
      invitation: { ...kari, id: 13, partyId: 6, name: 'Ola Kontakt', email: 'ola@tynset.kommune.no' },
      mailOutcome: 'SENT',
      mailError: null,
      link: null,
    };
    fakeApi({
      'POST /api/v1/rounds/3/invitations': () => json(201, sent),
      'GET /api/v1/rounds/3/invitations': () => json(200, { items: [sent.invitation, kari] }),
    });
    const { user } = renderInvitations();

    await fillIn(user);

    const heading = await screen.findByRole('heading', { name: 'Lenken er sendt til Ola Kontakt (ola@tynset.kommune.no)' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(await sentRequests('POST /api/v1/rounds/3/invitations')[0]?.json()).toEqual({
      partyId: 6,
      name: 'Ola Kontakt',
      email: 'ola@tynset.kommune.no',
    });
    expect(screen.queryByRole('textbox', { name: 'Personlig lenke' })).not.toBeInTheDocument();
  });

  it('shows the link once when no e-mail could be sent', async () => {
    fakeApi({
      'POST /api/v1/rounds/3/invitations': () =>
        json(201, {
          invitation: { ...kari, id: 14 },
          mailOutcome: 'NOT_CONFIGURED',
          mailError: 'Ingen e-postserver er satt opp (PLANSTATUS_SMTP_HOST).',
          link: 'https://planstatus.example/rapporter/abc',
        } satisfies SentInvitation),
      'GET /api/v1/rounds/3/invitations': () => json(200, { items: [kari] }),
    });
    const { user } = renderInvitations();

    await fillIn(user);

    expect(await screen.findByRole('heading', { name: 'E-posten til Kari Nordmann ble ikke sendt' })).toBeVisible();
    expect(screen.getByText('Ingen e-postserver er satt opp (PLANSTATUS_SMTP_HOST).')).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Personlig lenke' })).toHaveValue('https://planstatus.example/rapporter/abc');
    await user.click(screen.getByRole('button', { name: 'Jeg har tatt vare på den' }));
    expect(screen.queryByDisplayValue('https://planstatus.example/rapporter/abc')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Send personlig lenke' })).toBeVisible();
  });

  it('puts the server’s violations on the fields', async () => {
    fakeApi({
      'POST /api/v1/rounds/3/invitations': () =>
        problem(400, { violations: [{ field: 'email', message: 'må være en e-postadresse' }] }),
    });
    const { user } = renderInvitations();

    await fillIn(user);

    expect(await screen.findByRole('heading', { name: 'Vi kunne ikke sende lenken' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'E-postadresse' })).toHaveAccessibleDescription(
      /må være en e-postadresse/,
    );
  });

  it('revokes a link after asking', async () => {
    fakeApi({
      'POST /api/v1/invitations/11/revoke': () => json(200, { ...kari, revokedAt: '2022-09-04T08:00:00Z' }),
      'GET /api/v1/rounds/3/invitations': () => json(200, { items: [{ ...kari, revokedAt: '2022-09-04T08:00:00Z' }] }),
    });
    const { user } = renderInvitations();

    await user.click(screen.getByRole('button', { name: 'Trekk tilbake lenken til Kari Nordmann' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Trekk tilbake' }));

    await waitFor(() => expect(sentRequests('POST /api/v1/invitations/11/revoke')).toHaveLength(1));
    expect(await screen.findByText(/^Trukket tilbake/)).toBeVisible();
  });
});
