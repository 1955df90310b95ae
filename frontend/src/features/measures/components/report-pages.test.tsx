import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { actionPlanPeriodsQueryOptions } from '../../../lib/periods';
import { fakeApi, json, problem, sentRequests } from '../../../testing/fake-api';
import { periodsOfActionPlan, reportsForYouthMeasure, youthMeasure } from '../../../testing/fixtures';
import { createTestQueryClient, renderPage } from '../../../testing/render';
import { measureQueryOptions } from '../api/get-measure';
import { measureReportQueryOptions } from '../api/get-measure-report';
import { CorrectReportPage } from './correct-report-page';
import { NewReportPage } from './new-report-page';

const reportsRoute = 'POST /api/v1/measures/14/reports';
const latest = reportsForYouthMeasure[0]!;

function seeded() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(measureQueryOptions(youthMeasure.id).queryKey, youthMeasure);
  queryClient.setQueryData(measureReportQueryOptions(youthMeasure.id, latest.id).queryKey, latest);
  queryClient.setQueryData(actionPlanPeriodsQueryOptions(youthMeasure.actionPlan.id).queryKey, periodsOfActionPlan);
  return queryClient;
}

describe('writing a progress report', () => {
  it('asks for the choices it cannot send without, before sending anything', async () => {
    const user = userEvent.setup();
    renderPage(<NewReportPage measureId={14} />, { queryClient: seeded() });

    await user.click(screen.getByRole('button', { name: 'Lagre statusrapporten' }));

    const summary = await screen.findByRole('group', { name: 'Vi kunne ikke lagre statusrapporten' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Dato for status: må fylles ut',
      'Status: må velges',
      'Vurdering: må velges',
      'Beskrivelse: må fylles ut',
    ]);
    await user.click(within(summary).getByRole('link', { name: 'Vurdering: må velges' }));
    expect(screen.getByRole('radio', { name: 'I rute' })).toHaveFocus();
    expect(sentRequests(reportsRoute)).toHaveLength(0);
  });

  it('shows the plan period before anything is sent, and every problem at once, the date outside it too', async () => {
    const user = userEvent.setup();
    renderPage(<NewReportPage measureId={14} />, { queryClient: seeded() });
    const date = screen.getByLabelText('Dato for status');
    expect(date).toHaveAccessibleDescription(
      expect.stringContaining('innenfor handlingsplanens periode, 1. januar 2021 til 31. desember 2022'),
    );

    await user.type(date, '2023-03-01');
    await user.click(screen.getByRole('radio', { name: 'Risiko for avvik' }));
    await user.click(screen.getByRole('button', { name: 'Lagre statusrapporten' }));

    const summary = await screen.findByRole('group', { name: 'Vi kunne ikke lagre statusrapporten' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Dato for status: må ligge innenfor handlingsplanens periode, 1. januar 2021 til 31. desember 2022',
      'Status: må velges',
      'Beskrivelse: må fylles ut',
    ]);
    expect(sentRequests(reportsRoute)).toHaveLength(0);
  });

  it('saves a draft when asked to, and says the report is only the writer’s and the editors’', async () => {
    fakeApi({ [reportsRoute]: () => json(201, { ...latest, id: 99, state: 'DRAFT' }) });
    const user = userEvent.setup();
    renderPage(<NewReportPage measureId={14} />, { queryClient: seeded() });

    await user.type(screen.getByLabelText('Dato for status'), '2022-04-30');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Pågår');
    await user.click(screen.getByRole('radio', { name: 'I rute' }));
    await user.type(screen.getByRole('textbox', { name: 'Beskrivelse' }), 'Halvveis.');
    await user.click(screen.getByRole('button', { name: 'Lagre som utkast' }));

    await waitFor(() => expect(sentRequests(reportsRoute)).toHaveLength(1));
    expect(await sentRequests(reportsRoute)[0]?.json()).toEqual({
      periodId: expect.any(Number),
      reportDate: '2022-04-30',
      status: 'IN_PROGRESS',
      assessment: 'ON_TRACK',
      text: 'Halvveis.',
      links: [],
      draft: true,
    });
  });

  it('sends what was written, leaves empty optional fields out, and puts a bad link on the link field', async () => {
    fakeApi({
      [reportsRoute]: () =>
        problem(400, { violations: [{ field: 'links[0].url', message: 'må være en http- eller https-adresse' }] }),
    });
    const user = userEvent.setup();
    renderPage(<NewReportPage measureId={14} />, { queryClient: seeded() });

    await user.type(screen.getByLabelText('Dato for status'), '2022-08-31');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Pågår');
    await user.click(screen.getByRole('radio', { name: 'Risiko for avvik' }));
    await user.type(screen.getByRole('textbox', { name: 'Beskrivelse' }), 'Godt i gang.');
    await user.click(screen.getByRole('button', { name: 'Legg til lenke' }));
    await user.type(screen.getByRole('textbox', { name: 'Adresse til lenke 1' }), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Lagre statusrapporten' }));

    const link = await screen.findByRole('link', {
      name: 'Lenker (nr. 1, adresse): må være en http- eller https-adresse',
    });
    await user.click(link);
    expect(screen.getByRole('textbox', { name: 'Adresse til lenke 1' })).toHaveFocus();
    expect(await sentRequests(reportsRoute)[0]?.json()).toEqual({
      // No period contains today, so the one that ended last is chosen.
      periodId: 106,
      reportDate: '2022-08-31',
      status: 'IN_PROGRESS',
      assessment: 'AT_RISK',
      text: 'Godt i gang.',
      links: [{ url: 'javascript:alert(1)' }],
    });
  });
});

describe('correcting a progress report', () => {
  it('shows its author a report sent back with the editor’s comment, and lets them keep it as a draft', () => {
    const returned = {
      ...latest,
      state: 'RETURNED' as const,
      reviewedBy: 'Rita Redaktør',
      reviewComment: 'Skriv mer om økonomien.',
    };
    const queryClient = seeded();
    queryClient.setQueryData(measureReportQueryOptions(youthMeasure.id, latest.id).queryKey, returned);
    renderPage(<CorrectReportPage measureId={14} reportId={latest.id} />, { queryClient });

    expect(screen.getByText('Sendt tilbake')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Sendt tilbake av Rita Redaktør' })).toBeVisible();
    expect(screen.getByText('Skriv mer om økonomien.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Lagre og send inn' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Lagre som utkast' })).toBeVisible();
  });

  it('starts from the report, and keeps the correction when someone else corrected it first', async () => {
    const route = `PUT /api/v1/measures/14/reports/${latest.id}`;
    fakeApi({
      [route]: () => problem(412, { detail: 'Ressursen er endret siden du hentet den.' }),
      [`GET /api/v1/reports/${latest.id}`]: () =>
        json(200, { ...latest, version: latest.version + 1, text: 'Noen andres korrigering.' }),
    });
    const user = userEvent.setup();
    renderPage(<CorrectReportPage measureId={14} reportId={latest.id} />, { queryClient: seeded() });
    const text = screen.getByRole('textbox', { name: 'Beskrivelse' });
    expect(text).toHaveValue(latest.text);
    expect(screen.getByRole('textbox', { name: 'Tittel på lenke 1 (valgfritt)' })).toHaveValue(latest.links[0]?.title);

    await user.clear(text);
    await user.type(text, 'Min korrigering.');
    await user.click(screen.getByRole('button', { name: 'Lagre korrigeringen' }));

    expect(
      await screen.findByRole('heading', { name: 'Noen andre har endret statusrapporten mens du redigerte' }),
    ).toBeVisible();
    expect(screen.getByText('Noen andres korrigering.')).toBeVisible();
    expect(text).toHaveValue('Min korrigering.');
    await waitFor(() => expect(sentRequests(route)[0]?.headers.get('If-Match')).toBe(`"${latest.version}"`));
  });
});
