import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { ReminderLogEntry } from '../../../lib/api/types';
import { fakeApi, json, problem, sentRequests } from '../../../testing/fake-api';
import { createTestQueryClient, renderPage } from '../../../testing/render';
import { mailStatusQueryOptions } from '../api/get-mail-status';
import { reminderLogQueryOptions } from '../api/get-reminder-log';
import { RemindersSection, runSummary } from './reminders-section';

const sent: ReminderLogEntry = {
  id: 3,
  kind: 'BEFORE_DEADLINE',
  recipientName: 'Kari Nordmann',
  recipientEmail: 'kari@tynset.kommune.no',
  partyId: 5,
  measureCount: 2,
  sentAt: '2022-09-24T06:00:02Z',
  outcome: 'SENT',
  error: null,
};

const failed: ReminderLogEntry = {
  ...sent,
  id: 2,
  kind: 'MANUAL',
  recipientName: 'Ola Partner',
  recipientEmail: 'ola@ue.no',
  measureCount: 1,
  outcome: 'FAILED',
  error: 'E-posten ble ikke sendt: 550 mailbox unavailable',
};

function renderSection({ configured = true, log = [sent, failed], open = true } = {}) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(mailStatusQueryOptions().queryKey, { configured });
  queryClient.setQueryData(reminderLogQueryOptions(9).queryKey, log);
  const user = userEvent.setup();
  return { ...renderPage(<RemindersSection roundId={9} open={open} />, { queryClient }), user };
}

describe('Påminnelser on the round page', () => {
  it('shows the send log with who, why, how many measures and the outcome in words', () => {
    renderSection();

    expect(screen.getByRole('heading', { level: 2, name: 'Påminnelser' })).toBeVisible();
    const table = screen.getByRole('table', { name: 'Sendelogg, nyeste først' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('Kari Nordmann (kari@tynset.kommune.no)')).toBeVisible();
    expect(within(rows[1]!).getByText('Før fristen')).toBeVisible();
    expect(within(rows[1]!).getByText('Sendt')).toBeVisible();
    expect(within(rows[2]!).getByText('Sendt av redaktør')).toBeVisible();
    expect(within(rows[2]!).getByText('Ikke sendt')).toBeVisible();
    expect(within(rows[2]!).getByText(/550 mailbox unavailable/)).toBeVisible();
    expect(screen.queryByText('E-post er ikke satt opp')).not.toBeInTheDocument();
  });

  it('sends reminders now and says what happened', async () => {
    fakeApi({
      'POST /api/v1/rounds/9/reminders': () =>
        json(200, { configured: true, owing: 4, sent: 2, notSent: 1, alreadyReminded: 1 }),
      'GET /api/v1/rounds/9/reminders': () => json(200, { items: [sent, failed] }),
      'GET /api/v1/mail/status': () => json(200, { configured: true }),
    });
    const { user } = renderSection();

    await user.click(screen.getByRole('button', { name: 'Send påminnelse nå' }));

    expect(
      await within(screen.getByRole('status')).findByText(
        '2 påminnelser sendt, 1 kunne ikke sendes (se loggen), 1 person hadde alt fått påminnelse i dag.',
      ),
    ).toBeVisible();
    expect(sentRequests('POST /api/v1/rounds/9/reminders')).toHaveLength(1);
  });

  it('shows the server’s problem when the round is closed', async () => {
    fakeApi({
      'POST /api/v1/rounds/9/reminders': () =>
        problem(409, { detail: 'Runden er avsluttet. Påminnelser sendes bare i en åpen runde.' }),
    });
    const { user } = renderSection();

    await user.click(screen.getByRole('button', { name: 'Send påminnelse nå' }));

    expect(await screen.findByText('Runden er avsluttet. Påminnelser sendes bare i en åpen runde.')).toBeVisible();
  });

  it('says e-mail is not configured and offers no sending', () => {
    renderSection({ configured: false, log: [] });

    expect(screen.getByRole('heading', { name: 'E-post er ikke satt opp' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Send påminnelse nå' })).toBeDisabled();
    expect(screen.getByText('Ingen påminnelser er sendt ennå.')).toBeVisible();
  });

  it('offers no sending in a closed round', () => {
    renderSection({ open: false });

    expect(screen.queryByRole('button', { name: 'Send påminnelse nå' })).not.toBeInTheDocument();
  });

  it('words every kind of run', () => {
    expect(runSummary({ configured: false, owing: 3, sent: 0, notSent: 3, alreadyReminded: 0 })).toBe(
      'Ingen påminnelser ble sendt: e-post er ikke satt opp. 3 personer mangler fortsatt rapporter.',
    );
    expect(runSummary({ configured: true, owing: 0, sent: 0, notSent: 0, alreadyReminded: 0 })).toBe(
      'Ingen mangler rapporter, så ingen påminnelser ble sendt.',
    );
    expect(runSummary({ configured: true, owing: 1, sent: 1, notSent: 0, alreadyReminded: 0 })).toBe(
      '1 påminnelse sendt.',
    );
  });
});
