import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { InvitationPage } from '../../features/invitations/components/invitation-page';
import type { InvitationDetails } from '../../lib/api/types';
import { fakeApi, json, problem, sentRequests } from '../../testing/fake-api';
import { reportsForYouthMeasure } from '../../testing/fixtures';
import { renderPage } from '../../testing/render';
import { InvitationReportForm } from './invitation-report';

const secret = 'GQN2rquoA7BZExxyOPMxFJSzBrMFttMt';

const invitation: InvitationDetails = {
  name: 'Kari Nordmann',
  email: 'kari@ue-innlandet.no',
  party: { id: 5, name: 'Ungt Entreprenørskap Innlandet' },
  round: {
    id: 3,
    periodId: 40,
    periodLabel: '2. tertial 2022',
    periodStartsOn: '2022-05-01',
    periodEndsOn: '2022-08-31',
    deadline: '2022-10-01',
    deadlineText: '1. oktober 2022',
    message: 'Husk å skrive om budsjettet.',
    invitedBy: 'Siri Sekretær',
  },
  measures: [
    {
      id: 14,
      reference: '2021-22/1.3',
      text: 'Entreprenørskap i skolen',
      currentReport: reportsForYouthMeasure[0]!,
      reports: [],
    },
    { id: 15, reference: '2021-22/1.4', text: 'Ungt entreprenørskap i videregående', currentReport: null, reports: [] },
  ],
};

function renderInvitation() {
  const user = userEvent.setup();
  return {
    ...renderPage(
      <InvitationPage secret={secret} renderReportForm={(props) => <InvitationReportForm {...props} />} />,
      { path: '/rapporter/:secret', url: `/rapporter/${secret}` },
    ),
    user,
  };
}

describe('the page a personal report link opens', () => {
  it('shows who asks, the deadline, the message and the measures, with the secret in a header only', async () => {
    fakeApi({ 'GET /api/v1/invitation': () => json(200, invitation) });
    renderInvitation();

    expect(await screen.findByRole('heading', { name: 'Rapportering for 2. tertial 2022' })).toBeVisible();
    expect(screen.getByText(/Siri Sekretær ber deg rapportere status for Ungt Entreprenørskap Innlandet/)).toBeVisible();
    expect(screen.getByText('1. oktober 2022')).toBeVisible();
    expect(screen.getByText('Husk å skrive om budsjettet.')).toBeVisible();
    expect(screen.getByRole('heading', { name: '2021-22/1.3' })).toBeVisible();
    expect(screen.getByText(/ikke rapportert ennå/)).toBeVisible();
    const request = sentRequests('GET /api/v1/invitation')[0]!;
    expect(request.headers.get('X-Invitation-Secret')).toBe(secret);
    expect(request.url).not.toContain(secret);
  });

  it('sends the report for approval through the link and thanks the person', async () => {
    fakeApi({
      'GET /api/v1/invitation': () => json(200, invitation),
      'POST /api/v1/invitation/measures/15/reports': () =>
        json(201, { ...reportsForYouthMeasure[0], id: 99, measureId: 15 }, {
          Location: '/api/v1/measures/15/reports/99',
        }),
    });
    const { user } = renderInvitation();

    await user.click(await screen.findByRole('button', { name: 'Skriv rapport for tiltak 2021-22/1.4' }));
    expect(screen.getByRole('heading', { name: 'Statusrapport for tiltak 2021-22/1.4' })).toBeVisible();
    expect(screen.getByLabelText('Dato for status')).toHaveValue('2022-08-31');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'IN_PROGRESS');
    await user.click(screen.getByRole('radio', { name: 'I rute' }));
    await user.type(screen.getByRole('textbox', { name: 'Beskrivelse' }), 'Tre skoler er med.');
    await user.click(screen.getByRole('button', { name: 'Send til godkjenning' }));

    const thanks = await screen.findByText('Takk! Rapporten er sendt til godkjenning.');
    await waitFor(() => expect(thanks).toHaveFocus());
    const sent = sentRequests('POST /api/v1/invitation/measures/15/reports')[0]!;
    expect(sent.headers.get('X-Invitation-Secret')).toBe(secret);
    expect(await sent.json()).toMatchObject({
      reportDate: '2022-08-31',
      status: 'IN_PROGRESS',
      assessment: 'ON_TRACK',
      text: 'Tre skoler er med.',
    });
    // Typing a whole report takes a while on a busy machine.
  }, 15_000);

  it('puts the server’s violations on the report fields', async () => {
    fakeApi({
      'GET /api/v1/invitation': () => json(200, invitation),
      'POST /api/v1/invitation/measures/14/reports': () =>
        problem(400, { violations: [{ field: 'text', message: 'må fylles ut' }] }),
    });
    const { user } = renderInvitation();

    await user.click(await screen.findByRole('button', { name: 'Skriv rapport for tiltak 2021-22/1.3' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'IN_PROGRESS');
    await user.click(screen.getByRole('radio', { name: 'I rute' }));
    await user.click(screen.getByRole('button', { name: 'Send til godkjenning' }));

    expect(await screen.findByRole('heading', { name: 'Vi kunne ikke sende statusrapporten' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Beskrivelse' })).toHaveAccessibleDescription(/må fylles ut/);
  });

  it('says plainly when the link does not work', async () => {
    fakeApi({
      'GET /api/v1/invitation': () =>
        problem(404, { detail: 'Lenken er ikke gyldig. Spør den som sendte deg lenken om en ny.' }),
    });
    renderInvitation();

    expect(await screen.findByRole('heading', { name: 'Lenken virker ikke' })).toBeVisible();
    expect(screen.getByText('Lenken er ikke gyldig. Spør den som sendte deg lenken om en ny.')).toBeVisible();
  });
});
