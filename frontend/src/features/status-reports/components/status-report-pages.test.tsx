import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { fakeApi, json, problem, sentRequests } from '../../../testing/fake-api';
import { createTestQueryClient, renderPage } from '../../../testing/render';
import { statusReportQueryOptions } from '../api/get-status-report';
import { statusReportsQueryOptions } from '../api/get-status-reports';
import type { StatusReport } from '../api/types';
import { CorrectStatusReport } from './correct-status-report';
import { PublishStatusReport } from './publish-status-report';
import { correctedReport, statusReport, summaryOf } from './status-report-fixtures';
import { StatusReportPage } from './status-report-page';

function renderReport(report: StatusReport = statusReport, { editor = false } = {}) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(statusReportQueryOptions(report.id).queryKey, report);
  queryClient.setQueryData(statusReportsQueryOptions(report.actionPlanId).queryKey, [
    summaryOf(correctedReport),
    summaryOf({ ...statusReport, supersededById: correctedReport.id }),
  ]);
  const page = (
    <StatusReportPage
      statusReportId={report.id}
      editorTools={editor ? (shown) => <CorrectStatusReport report={shown} /> : undefined}
    />
  );
  return { ...renderPage(page, { queryClient }), user: userEvent.setup() };
}

describe('published status report page', () => {
  it('shows the header: council, plan, period, adoption, publication and version', () => {
    renderReport();
    expect(screen.getByRole('heading', { level: 1, name: 'Statusrapport pr. 2. tertial 2022' })).toBeVisible();
    const header = screen.getByRole('banner');
    expect(header).toHaveTextContent('Regionrådet for Fjellregionen');
    expect(header).toHaveTextContent('Handlingsplan Regionrådet for Fjellregionen 2021-2022 (2021-22)');
    expect(header).toHaveTextContent('2. tertial 2022 (1. mai 2022–31. august 2022)');
    expect(header).toHaveTextContent('Vedtatt av Regionrådet for Fjellregionen den 26. mai 2021');
    expect(header).toHaveTextContent('3. oktober 2022 kl. 11:15');
    expect(header).toHaveTextContent('Versjon1');
    expect(screen.queryByText('Det finnes en nyere versjon')).not.toBeInTheDocument();
    expect(screen.queryByText('Rettet versjon')).not.toBeInTheDocument();
  });

  it('counts per status and per assessment in words and numbers', () => {
    renderReport();
    const byStatus = screen.getByRole('table', { name: 'Hele handlingsplanen: status' });
    expect(within(byStatus).getByRole('row', { name: 'Ikke rapportert 1' })).toBeVisible();
    expect(within(byStatus).getByRole('row', { name: 'Utsatt 0' })).toBeVisible();
    expect(within(byStatus).getByRole('row', { name: 'I alt 3' })).toBeVisible();
    const byAssessment = screen.getByRole('table', { name: 'Hele handlingsplanen: vurdering' });
    expect(within(byAssessment).getByRole('row', { name: 'Risiko for avvik 1' })).toBeVisible();
    expect(within(byAssessment).getByRole('row', { name: 'Ikke vurdert 1' })).toBeVisible();
  });

  it('shows each goal with a table of its measures, labels from the snapshot', () => {
    renderReport();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Mål 1: Fjellregionen skal være en attraktiv region å bo og jobbe i.' }),
    ).toBeVisible();
    const goal1 = screen.getByRole('table', { name: 'Tiltakene under mål 1' });
    expect(within(goal1).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Referanse',
      'Tiltak',
      'Ansvar',
      'Status',
      'Vurdering',
      'Prosent fullført',
      'Kommentar',
    ]);
    const first = within(goal1).getByRole('row', { name: /2021-22\/1\.1/ });
    expect(within(first).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'videreutvikle samarbeidet i regionen',
      'Arbeidsutvalget',
      'Pågår',
      'Risiko for avvik',
      '40 %',
      'Tolv skoler er med.Rapportert 2. tertial 2022, 31. august 2022',
    ]);
    expect(within(goal1).getByRole('row', { name: /2021-22\/1\.2/ })).toHaveTextContent(
      'Administrasjonen (med Ungt Entreprenørskap Innlandet)',
    );
    const goal5 = screen.getByRole('table', { name: 'Tiltakene under mål 5' });
    const notReported = within(goal5).getByRole('row', { name: /2021-22\/5\.1/ });
    expect(notReported).toHaveTextContent('Ikke rapportert');
    expect(notReported).toHaveTextContent('Ikke vurdert');
    expect(notReported).toHaveTextContent('Ikke oppgitt');
  });

  it('lists what changed since the previous report, the appendix, downloads and all reports', () => {
    renderReport();
    const changes = screen.getByRole('region', { name: 'Endringer siden forrige rapport' });
    expect(within(changes).getByRole('link', { name: 'Statusrapport pr. 1. tertial 2022' })).toHaveAttribute(
      'href',
      '/statusrapporter/4',
    );
    expect(within(changes).getByRole('listitem')).toHaveTextContent('2021-22/1.2: Status: Pågår → Fullført');

    const appendix = screen.getByRole('region', { name: 'Vedlegg: lenker og vedtak' });
    expect(within(appendix).getByRole('listitem')).toHaveTextContent('2021-22/1.1: Sak 17 – https://www.example.no/sak/2022-17');

    expect(screen.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Last ned PDF' })).toHaveAttribute('href', '/api/v1/status-reports/7/pdf');
    expect(screen.getByRole('link', { name: 'Last ned til Excel' })).toHaveAttribute(
      'href',
      '/api/v1/status-reports/7/csv',
    );

    const all = screen.getByRole('region', { name: 'Alle statusrapporter' });
    const items = within(all).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('versjon 2');
    expect(items[0]).toHaveTextContent('rettet: Rapporten for 1.2 var godkjent for sent.');
    expect(items[1]).toHaveTextContent('erstattet av en nyere versjon');
    expect(within(items[1]!).getByRole('link')).toHaveAttribute('aria-current', 'page');
  });

  it('puts the council and the period at the top of every printed page', () => {
    const { container } = renderReport();
    expect(container.querySelector('style')?.textContent).toContain(
      '@top-left { content: "Regionrådet for Fjellregionen · 2. tertial 2022"; }',
    );
  });

  it('says when a newer version exists and links to it', () => {
    renderReport({ ...statusReport, supersededById: 9 });
    const notice = screen.getByRole('heading', { name: 'Det finnes en nyere versjon' }).parentElement!;
    expect(within(notice).getByRole('link', { name: 'Les den nyeste versjonen' })).toHaveAttribute(
      'href',
      '/statusrapporter/9',
    );
  });

  it('shows a correction with its reason and a link to the version it corrects', () => {
    renderReport(correctedReport);
    const note = screen.getByRole('heading', { name: 'Rettet versjon' }).parentElement!;
    expect(note).toHaveTextContent('Grunn: Rapporten for 1.2 var godkjent for sent.');
    expect(within(note).getByRole('link', { name: 'den forrige versjonen' })).toHaveAttribute(
      'href',
      '/statusrapporter/7',
    );
    expect(screen.getByRole('banner')).toHaveTextContent('Versjon2');
  });
});

describe('correcting a published report', () => {
  it('is offered to editors only, and not on a superseded version', () => {
    renderReport();
    expect(screen.queryByRole('button', { name: 'Rett opp (ny versjon)' })).not.toBeInTheDocument();
    renderReport({ ...statusReport, supersededById: 9 }, { editor: true });
    expect(screen.queryByRole('button', { name: 'Rett opp (ny versjon)' })).not.toBeInTheDocument();
  });

  it('asks for a reason before sending anything', async () => {
    const { user } = renderReport(statusReport, { editor: true });
    await user.click(screen.getByRole('button', { name: 'Rett opp (ny versjon)' }));
    await user.type(screen.getByRole('textbox', { name: /Hva rettes, og hvorfor/ }), '   ');
    await user.click(screen.getByRole('button', { name: 'Publiser ny versjon' }));

    const summary = await screen.findByRole('group', { name: 'Vi kunne ikke publisere den nye versjonen' });
    expect(
      within(summary).getByRole('link', { name: 'Hva rettes, og hvorfor: skriv hva som rettes og hvorfor.' }),
    ).toBeVisible();
    expect(sentRequests('POST /api/v1/status-reports/7/corrections')).toHaveLength(0);
  });

  it('shows the server’s violation on the reason field', async () => {
    fakeApi({
      'POST /api/v1/status-reports/7/corrections': () =>
        problem(422, {
          title: 'Ugyldig innhold',
          detail: 'Ett eller flere felt er ugyldige.',
          violations: [{ field: 'reason', message: 'kan være høyst 2000 tegn' }],
        }),
    });
    const { user } = renderReport(statusReport, { editor: true });
    await user.click(screen.getByRole('button', { name: 'Rett opp (ny versjon)' }));
    const reason = screen.getByRole('textbox', { name: /Hva rettes, og hvorfor/ });
    await user.type(reason, 'Feil tall');
    await user.click(screen.getByRole('button', { name: 'Publiser ny versjon' }));

    const summary = await screen.findByRole('group', { name: 'Vi kunne ikke publisere den nye versjonen' });
    expect(within(summary).getByRole('link', { name: 'Hva rettes, og hvorfor: kan være høyst 2000 tegn' })).toBeVisible();
    expect(reason).toHaveAccessibleDescription(/Hva rettes, og hvorfor: kan være høyst 2000 tegn/);
    expect(reason).toHaveAttribute('aria-invalid', 'true');
  });

  it('publishes the new version with the reason and opens it', async () => {
    fakeApi({ 'POST /api/v1/status-reports/7/corrections': () => json(201, correctedReport) });
    const { user, router } = renderReport(statusReport, { editor: true });
    await user.click(screen.getByRole('button', { name: 'Rett opp (ny versjon)' }));
    await user.type(screen.getByRole('textbox', { name: /Hva rettes, og hvorfor/ }), ' Rapporten for 1.2 kom for sent. ');
    await user.click(screen.getByRole('button', { name: 'Publiser ny versjon' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/statusrapporter/9'));
    const [sent] = sentRequests('POST /api/v1/status-reports/7/corrections');
    expect(await sent!.json()).toEqual({ reason: 'Rapporten for 1.2 kom for sent.' });
  });
});

describe('publishing from a round', () => {
  function renderPublish() {
    const page = <PublishStatusReport roundId={5} periodLabel="2. tertial 2022" />;
    return { ...renderPage(page, { queryClient: createTestQueryClient() }), user: userEvent.setup() };
  }

  it('asks first, sends the round and the chosen title, and opens the new report', async () => {
    fakeApi({ 'POST /api/v1/status-reports': () => json(201, statusReport, { Location: '/api/v1/status-reports/7' }) });
    const { user, router } = renderPublish();
    await user.click(screen.getByRole('button', { name: 'Publiser statusrapport' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publisere statusrapporten for 2. tertial 2022?' });
    expect(dialog).toHaveTextContent('endres ikke senere');
    const title = within(dialog).getByRole('textbox', { name: 'Tittel (valgfritt)' });
    expect(title).toHaveAccessibleDescription('Står feltet tomt, blir tittelen «Statusrapport pr. 2. tertial 2022».');
    await user.type(title, 'Status til regionrådet oktober 2022');
    await user.click(within(dialog).getByRole('button', { name: 'Publiser' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/statusrapporter/7'));
    const [sent] = sentRequests('POST /api/v1/status-reports');
    expect(await sent!.json()).toEqual({ roundId: 5, title: 'Status til regionrådet oktober 2022' });
  });

  it('leaves the title out when none is given', async () => {
    fakeApi({ 'POST /api/v1/status-reports': () => json(201, statusReport) });
    const { user, router } = renderPublish();
    await user.click(screen.getByRole('button', { name: 'Publiser statusrapport' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Publiser' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/statusrapporter/7'));
    expect(await sentRequests('POST /api/v1/status-reports')[0]!.json()).toEqual({ roundId: 5 });
  });

  it('shows the server’s reason when the period already has a report', async () => {
    fakeApi({
      'POST /api/v1/status-reports': () =>
        problem(409, {
          title: 'Konflikt',
          detail: '2. tertial 2022 har allerede en publisert statusrapport. Rett den opp i stedet.',
        }),
    });
    const { user, router } = renderPublish();
    await user.click(screen.getByRole('button', { name: 'Publiser statusrapport' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Publiser' }));

    expect(
      await screen.findByText('2. tertial 2022 har allerede en publisert statusrapport. Rett den opp i stedet.'),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
  });
});
