import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { reportPrefillOf } from '../../../lib/report-prefill';
import { fakeApi, json, sentRequests } from '../../../testing/fake-api';
import { createTestQueryClient, renderPage } from '../../../testing/render';
import { mailStatusQueryOptions } from '../../reminders/api/get-mail-status';
import { reminderLogQueryOptions } from '../../reminders/api/get-reminder-log';
import { RemindersSection } from '../../reminders/components/reminders-section';
import { obligationsQueryOptions } from '../api/get-obligations';
import { roundProgressQueryOptions } from '../api/get-round-progress';
import { roundProposalQueryOptions } from '../api/get-round-proposal';
import { roundsQueryOptions } from '../api/get-rounds';
import { MyObligationsPage } from './my-obligations-page';
import { RoundPage } from './round-page';
import { firstTertialProposal, obligations, progress, proposalPeriods, roundSummaries } from './rounds-fixtures';
import { RoundsPage } from './rounds-page';

function renderRounds() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(roundsQueryOptions().queryKey, roundSummaries);
  queryClient.setQueryData(roundProposalQueryOptions(null).queryKey, proposalPeriods);
  return { ...renderPage(<RoundsPage />, { queryClient }), user: userEvent.setup() };
}

describe('reporting rounds page', () => {
  it('lists the rounds with their counts as text', () => {
    renderRounds();
    expect(screen.getByRole('heading', { level: 1, name: 'Rapporteringsrunder' })).toBeVisible();
    const row = screen.getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: '2. tertial 2022 (2021-22)' })).toHaveAttribute(
      'href',
      '/rapporteringsrunder/5',
    );
    expect(row).toHaveTextContent('1. oktober 2022');
    expect(row).toHaveTextContent('Åpen');
    expect(row).toHaveTextContent('14 av 22 tiltak rapportert, 5 venter på godkjenning, 8 mangler');
  });

  it('opens a round with the proposed measures, the chosen changes and an extra partner', async () => {
    fakeApi({
      'GET /api/v1/rounds/proposal': () => json(200, firstTertialProposal),
      'POST /api/v1/rounds': () => json(201, { id: 6 }),
    });
    const { user, router } = renderRounds();

    expect(screen.getByRole('option', { name: '2. tertial 2022 (2021-22) – har en åpen runde' })).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Periode' }), '1. tertial 2022 (2021-22)');

    const unfinished = await screen.findByRole('checkbox', { name: /2021-22\/1\.1/ });
    expect(unfinished).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /2021-22\/1\.2 ferdig tiltak/ })).not.toBeChecked();
    expect(screen.getByLabelText('Frist')).toHaveValue('2022-06-01');
    expect(screen.getByText('2 av 3 tiltak er valgt.')).toBeVisible();

    await user.click(unfinished);
    await user.click(screen.getByRole('checkbox', { name: 'Også Ungt Entreprenørskap Innlandet' }));
    await user.type(screen.getByRole('textbox', { name: 'Melding til de som skal rapportere (valgfritt)' }), 'Takk!');
    await user.click(screen.getByRole('button', { name: 'Åpne runden' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/rapporteringsrunder/6'));
    const [sent] = sentRequests('POST /api/v1/rounds');
    expect(await sent!.json()).toEqual({
      periodId: 30,
      deadline: '2022-06-01',
      message: 'Takk!',
      measureIds: [14],
      extraAssignments: [{ measureId: 14, partyId: 4 }],
    });
  });

  it('asks for at least one measure before sending', async () => {
    fakeApi({ 'GET /api/v1/rounds/proposal': () => json(200, firstTertialProposal) });
    const { user } = renderRounds();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Periode' }), '1. tertial 2022 (2021-22)');
    await user.click(await screen.findByRole('checkbox', { name: /2021-22\/1\.1/ }));
    await user.click(screen.getByRole('checkbox', { name: /2021-22\/5\.1/ }));
    await user.click(screen.getByRole('button', { name: 'Åpne runden' }));

    const summary = await screen.findByRole('group', { name: 'Vi kunne ikke åpne runden' });
    expect(within(summary).getByRole('link', { name: 'Tiltak i runden: velg minst ett tiltak' })).toBeVisible();
    expect(sentRequests('POST /api/v1/rounds')).toHaveLength(0);
  });
});

describe('round page', () => {
  function renderRound() {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(roundProgressQueryOptions(5).queryKey, progress);
    queryClient.setQueryData(mailStatusQueryOptions().queryKey, { configured: false });
    queryClient.setQueryData(
      reminderLogQueryOptions(5).queryKey,
      progress.reminders.map((reminder, index) => ({ id: index + 1, ...reminder })),
    );
    const page = (
      <RoundPage roundId={5} sections={(round) => <RemindersSection roundId={5} open={round.open} />} />
    );
    return { ...renderPage(page, { queryClient }), user: userEvent.setup() };
  }

  it('shows the counts per body and per goal, each measure, and who was reminded when', () => {
    renderRound();
    expect(screen.getByText('1 av 2 tiltak rapportert, 1 venter på godkjenning, 1 mangler')).toBeVisible();
    const byParty = screen.getByRole('table', { name: 'Per ansvarlig' });
    const adm = within(byParty).getByRole('row', { name: /Administrasjonen/ });
    expect(adm).toHaveTextContent('1 av 2');
    expect(adm).toHaveTextContent('24. september 2022 kl. 10:00');
    expect(within(byParty).getByRole('row', { name: /Ungt Entreprenørskap/ })).toHaveTextContent('Ikke påminnet');
    expect(within(screen.getByRole('table', { name: 'Per mål' })).getByRole('row', { name: /1\. Fjellregionen/ }))
      .toHaveTextContent('1 av 1');
    const measures = screen.getByRole('table', { name: 'Tiltakene i runden' });
    expect(within(measures).getByRole('row', { name: /2021-22\/1\.1/ })).toHaveTextContent(
      'Venter på godkjenning, 31. august 2022, Kari Nordmann',
    );
    expect(within(measures).getByRole('row', { name: /2021-22\/5\.1/ })).toHaveTextContent('Mangler');
    expect(screen.getByRole('heading', { name: 'E-post er ikke satt opp' })).toBeVisible();
    expect(screen.getByText('Kari Nordmann (kari@tynset.kommune.no)')).toBeVisible();
  });

  it('closes the round after confirming, with its version', async () => {
    fakeApi({
      'POST /api/v1/rounds/5/close': () => json(200, { id: 5, version: 3, open: false }),
      'GET /api/v1/rounds/5/progress': () => json(200, { ...progress, version: 3, open: false }),
    });
    const { user } = renderRound();
    await user.click(screen.getByRole('button', { name: 'Lukk runden' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('En lukket runde kan ikke endres');
    await user.click(within(dialog).getByRole('button', { name: 'Lukk runden' }));

    await waitFor(() => expect(sentRequests('POST /api/v1/rounds/5/close')).toHaveLength(1));
    expect(sentRequests('POST /api/v1/rounds/5/close')[0]!.headers.get('If-Match')).toBe('"2"');
    expect(await screen.findByText(/^Lukket\./)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Lukk runden' })).not.toBeInTheDocument();
  });
});

describe('«Mine tiltak»', () => {
  function renderObligations(items = obligations) {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(obligationsQueryOptions().queryKey, items);
    return { ...renderPage(<MyObligationsPage />, { queryClient }), user: userEvent.setup() };
  }

  it('lists each measure with deadline and status, and starts the report from my last one', async () => {
    const { user, router } = renderObligations();
    const returned = screen.getByRole('row', { name: /2021-22\/5\.1/ });
    expect(returned).toHaveTextContent('2. tertial 2022');
    expect(returned).toHaveTextContent('1. oktober 2022');
    expect(returned).toHaveTextContent('Sendt tilbake');
    expect(returned).toHaveTextContent('Kommentar: Skriv mer om framdriften.');
    expect(screen.getByRole('row', { name: /2021-22\/1\.1/ })).toHaveTextContent('Mangler');

    await user.click(within(returned).getByRole('link', { name: 'Rapporter på tiltak 2021-22/5.1' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/tiltak/14/ny-rapport'));
    expect(reportPrefillOf(router.state.location.state)).toEqual({
      status: 'IN_PROGRESS',
      assessment: 'AT_RISK',
      percentComplete: 40,
      text: 'Prosjektet er i gang.',
      links: [{ url: 'https://www.example.no/sak/2022-17', title: 'Sak 17' }],
    });
  });

  it('says so when there is nothing to report', () => {
    renderObligations([]);
    expect(screen.getByText('Du har ingen tiltak å rapportere på i åpne rapporteringsrunder.')).toBeVisible();
  });
});
