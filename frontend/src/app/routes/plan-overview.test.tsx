import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { measuresQueryOptions } from '../../features/measures/api/get-measures';
import { measureListQuery, type MeasureFilter } from '../../features/measures/filters';
import { partiesQueryOptions } from '../../features/parties/api/get-parties';
import { actionPlansWithMeasuresQueryOptions } from '../../features/plan/api/get-action-plans-with-measures';
import { currentStrategicPlanQueryOptions } from '../../features/plan/api/get-current-strategic-plan';
import type { ActionPlan, Measure, StrategicPlan } from '../../lib/api/types';
import { councilMeasure, measures, partySummaries, strategicPlan, youthMeasure } from '../../testing/fixtures';
import { createTestQueryClient, renderPage } from '../../testing/render';
import { PlanOverviewRoute } from './plan-overview';

const ACTION_PLAN_ID = 1;

/** A newer action plan, adopted but still without measures: it must not hide the one in force. */
const emptyActionPlan: ActionPlan = {
  ...strategicPlan.actionPlans[0]!,
  id: 2,
  code: '2023-24',
  title: 'Handlingsplan Regionrådet for Fjellregionen 2023-2024',
  periodStart: 2023,
  periodEnd: 2024,
  adoptedOn: '2023-05-30',
  introduction: null,
  measuresIntroduction: null,
};

const introducedPlan: StrategicPlan = {
  ...strategicPlan,
  actionPlans: [
    { ...strategicPlan.actionPlans[0]!, introduction: 'Handlingsplanen følger opp den strategiske planen.' },
    emptyActionPlan,
  ],
};

function seededQueryClient(
  filtered: [MeasureFilter, Measure[]][] = [],
  { plan = strategicPlan, withMeasures = [ACTION_PLAN_ID], actionPlanId = ACTION_PLAN_ID, all = measures } = {},
) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(currentStrategicPlanQueryOptions().queryKey, plan);
  queryClient.setQueryData(actionPlansWithMeasuresQueryOptions(plan).queryKey, withMeasures);
  queryClient.setQueryData(partiesQueryOptions().queryKey, partySummaries);
  queryClient.setQueryData(measuresQueryOptions(measureListQuery({}, actionPlanId)).queryKey, all);
  for (const [filter, items] of filtered) {
    queryClient.setQueryData(measuresQueryOptions(measureListQuery(filter, actionPlanId)).queryKey, items);
  }
  return queryClient;
}

const rowOf = (reference: string) => screen.getByRole('cell', { name: reference }).closest('tr')!;

describe('plan overview', () => {
  it('shows the council, its vision and the action plan with its adoption, the plan documents one click away', async () => {
    const user = userEvent.setup();
    renderPage(<PlanOverviewRoute />, { queryClient: seededQueryClient() });

    expect(screen.getByRole('heading', { level: 1, name: 'Regionrådet for Fjellregionen' })).toBeVisible();
    expect(screen.getByText('Rom for å skape - tid til å leve')).toBeVisible();
    expect(screen.getByText('Vedtatt av Regionrådet for Fjellregionen 26. mai 2021')).toBeVisible();
    expect(document.title).toBe('Handlingsplan – Planstatus');

    const strategic = screen.getByRole('heading', { level: 2, name: 'Strategisk plan for Regionrådet for Fjellregionen' });
    expect(strategic).not.toBeVisible();
    await user.click(screen.getByText('Les innledningen'));
    expect(strategic).toBeVisible();
    expect(screen.getByText('Strategisk plan 2020–2024')).toBeVisible();
    expect(screen.getByText('Vedtatt juni 2020')).toBeVisible();
    expect(
      screen.getByText('Regionrådet for Fjellregionen skal i løpet av 2021-2022 gjennomføre følgende tiltak:'),
    ).toBeVisible();
  });

  it('shows the action plan’s introduction publicly behind «Les innledningen»', async () => {
    const user = userEvent.setup();
    renderPage(<PlanOverviewRoute />, { queryClient: seededQueryClient([], { plan: introducedPlan }) });

    const introduction = screen.getByText('Handlingsplanen følger opp den strategiske planen.');
    expect(introduction).not.toBeVisible();
    await user.click(screen.getByText('Les innledningen'));
    expect(introduction).toBeVisible();
  });

  it('lists each goal’s measures as compact rows: reference, text, lead, status, assessment, percent and period', () => {
    renderPage(<PlanOverviewRoute />, { queryClient: seededQueryClient() });

    expect(screen.getByRole('heading', { level: 3, name: 'Arbeidsmåter og øvrig samarbeid:' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 4, name: 'Mål 5' })).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Ungdomsmedvirkning og ungt entreprenørskap skal kjennetegne regionen.' }),
    ).toHaveAttribute('href', '/mal/5');

    const goalFive = screen.getByRole('table', { name: 'Tiltak under mål 5' });
    expect(within(goalFive).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Ref.',
      'Tiltak',
      'Ansvarlig',
      'Status',
      'Vurdering',
      'Prosent fullført',
      'Siste rapport',
    ]);
    const row = within(goalFive).getAllByRole('row')[1]!;
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('2021-22/5.1');
    expect(within(row).getByRole('link', { name: 'gjennomføre prosjektet «Fjellungdom i klimaskiftet»' })).toHaveAttribute(
      'href',
      '/tiltak/14',
    );
    expect(within(row).getByRole('link', { name: 'Administrasjonen' })).toHaveAttribute('href', '/ansvarlige/2');
    expect(within(row).queryByRole('link', { name: 'Ungt Entreprenørskap Innlandet' })).not.toBeInTheDocument();
    expect(cells[3]).toHaveTextContent('Status: Pågår');
    expect(cells[4]).toHaveTextContent('Vurdering: Risiko for avvik');
    expect(within(cells[4]!).getByText('Risiko for avvik').closest('[data-color]')).toHaveAttribute(
      'data-color',
      'warning',
    );
    expect(cells[5]).toHaveTextContent('40 %');
    expect(cells[6]).toHaveTextContent('2. tertial 2022');

    const councilRow = rowOf('2021-22/1.1');
    expect(within(councilRow).getByText('Ikke rapportert')).toBeVisible();
    expect(within(councilRow).getByText('Ikke vurdert')).toBeVisible();
    expect(within(councilRow).getByText('Ikke rapportert for 2. tertial 2022')).toBeVisible();
    expect(screen.getByText('Viser 2 av 2 tiltak')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Nullstill filtre' })).not.toBeInTheDocument();
  });

  it('sums up the listed measures per status and per assessment, each count a link to the narrowed list', () => {
    const completed: Measure = {
      ...councilMeasure,
      id: 2,
      reference: '2021-22/1.2',
      currentStatus: { ...youthMeasure.currentStatus, status: 'COMPLETED', assessment: 'ON_TRACK', reportId: 8 },
    };
    renderPage(<PlanOverviewRoute />, {
      queryClient: seededQueryClient([], { all: [councilMeasure, completed, youthMeasure] }),
    });

    const byStatus = screen.getByRole('list', { name: 'Tiltak per status' });
    expect(within(byStatus).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Ikke rapportert: 1',
      'Pågår: 1',
      'Fullført: 1',
    ]);
    expect(within(byStatus).getByRole('link', { name: 'Fullført: 1' })).toHaveAttribute('href', '/?status=COMPLETED');
    const byAssessment = screen.getByRole('list', { name: 'Tiltak per vurdering' });
    expect(within(byAssessment).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'I rute: 1',
      'Risiko for avvik: 1',
      'Ikke vurdert: 1',
    ]);
    expect(within(byAssessment).getByRole('link', { name: 'Risiko for avvik: 1' })).toHaveAttribute(
      'href',
      '/?assessment=AT_RISK',
    );
    expect(screen.getByRole('link', { name: 'Se dashbord' })).toHaveAttribute('href', '/dashbord');
  });

  it('counts only the filtered measures in the summary', () => {
    renderPage(<PlanOverviewRoute />, {
      url: '/?status=IN_PROGRESS',
      queryClient: seededQueryClient([[{ status: 'IN_PROGRESS' }, [youthMeasure]]]),
    });

    const byStatus = screen.getByRole('list', { name: 'Tiltak per status' });
    expect(within(byStatus).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Pågår: 1']);
    expect(within(byStatus).getByRole('link', { name: 'Pågår: 1' })).toHaveAttribute('href', '/?status=IN_PROGRESS');
  });

  it('filters by status through the URL, hides goals without matches and can be reset', async () => {
    const user = userEvent.setup();
    const { router } = renderPage(<PlanOverviewRoute />, {
      queryClient: seededQueryClient([[{ status: 'IN_PROGRESS' }, [youthMeasure]]]),
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Pågår');

    expect(await screen.findByText('Viser 1 av 2 tiltak')).toBeVisible();
    expect(router.state.location.search).toBe('?status=IN_PROGRESS');
    expect(screen.getByText('Filtrer (1 valgt)')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Mål 1' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Mål 5' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Nullstill filtre' }));

    expect(await screen.findByText('Viser 2 av 2 tiltak')).toBeVisible();
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('heading', { name: 'Mål 1' })).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Fritekst' })).toHaveFocus();
  });

  it('filters by goal, assessment and free text through the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderPage(<PlanOverviewRoute />, {
      queryClient: seededQueryClient([
        [{ goal: 5 }, [youthMeasure]],
        [{ goal: 5, assessment: 'AT_RISK' }, [youthMeasure]],
        [{ goal: 5, assessment: 'AT_RISK', q: 'klimaskiftet' }, [youthMeasure]],
      ]),
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Mål' }), 'Mål 5');
    expect(router.state.location.search).toBe('?goal=5');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vurdering' }), 'Risiko for avvik');
    expect(router.state.location.search).toBe('?goal=5&assessment=AT_RISK');
    await user.type(screen.getByRole('searchbox', { name: 'Fritekst' }), '  klimaskiftet {Enter}');

    expect(router.state.location.search).toBe('?goal=5&assessment=AT_RISK&q=klimaskiftet');
    expect(await screen.findByText('Viser 1 av 2 tiltak')).toBeVisible();
    expect(screen.getByText('Filtrer (3 valgt)')).toBeVisible();
  });

  it('restores every filter from the URL on load', () => {
    renderPage(<PlanOverviewRoute />, {
      url: '/?goal=5&party=2&role=LEAD&status=IN_PROGRESS&assessment=AT_RISK&q=Fjellungdom',
      queryClient: seededQueryClient([
        [{ goal: 5, party: 2, role: 'LEAD', status: 'IN_PROGRESS', assessment: 'AT_RISK', q: 'Fjellungdom' }, [youthMeasure]],
      ]),
    });

    expect(screen.getByRole('combobox', { name: 'Mål' })).toHaveDisplayValue('Mål 5');
    expect(screen.getByRole('combobox', { name: 'Ansvarlig eller samarbeidspartner' })).toHaveDisplayValue(
      'Administrasjonen',
    );
    expect(screen.getByRole('combobox', { name: 'Rolle' })).toHaveDisplayValue('Ansvarlig');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveDisplayValue('Pågår');
    expect(screen.getByRole('combobox', { name: 'Vurdering' })).toHaveDisplayValue('Risiko for avvik');
    expect(screen.getByRole('searchbox', { name: 'Fritekst' })).toHaveValue('Fjellungdom');
    expect(screen.getByText('Viser 1 av 2 tiltak')).toBeVisible();
  });

  it('says so when no measure matches', () => {
    renderPage(<PlanOverviewRoute />, {
      url: '/?status=CANCELLED',
      queryClient: seededQueryClient([[{ status: 'CANCELLED' }, []]]),
    });

    expect(screen.getByText('Viser 0 av 2 tiltak')).toBeVisible();
    expect(screen.getByText(/Ingen tiltak passer filtrene/)).toBeVisible();
    expect(screen.queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
  });

  it('jumps to each goal from «Gå til mål»', () => {
    renderPage(<PlanOverviewRoute />, { queryClient: seededQueryClient() });

    const jumps = screen.getByRole('navigation', { name: 'Gå til mål' });
    expect(within(jumps).getByRole('link', { name: 'Mål 5' })).toHaveAttribute('href', '#mal-5');
    expect(document.getElementById('mal-5')).toContainElement(screen.getByRole('heading', { name: 'Mål 5' }));
  });

  it('shows the newest adopted action plan that has measures, not a newer empty one, and offers the others', async () => {
    const user = userEvent.setup();
    const queryClient = seededQueryClient([], { plan: introducedPlan });
    queryClient.setQueryData(measuresQueryOptions(measureListQuery({}, emptyActionPlan.id)).queryKey, []);
    const { router } = renderPage(<PlanOverviewRoute />, { queryClient });

    const selector = screen.getByRole('combobox', { name: 'Handlingsplan' });
    expect(selector).toHaveDisplayValue('Handlingsplan Regionrådet for Fjellregionen 2021-2022 (2021–2022)');
    expect(screen.getByText('Viser 2 av 2 tiltak')).toBeVisible();

    await user.selectOptions(selector, 'Handlingsplan Regionrådet for Fjellregionen 2023-2024 (2023–2024)');

    expect(router.state.location.search).toBe('?plan=2');
    expect(await screen.findByText('Viser 0 av 0 tiltak')).toBeVisible();
  });

  it('offers the plan file and the measures as CSV under «Last ned»', () => {
    renderPage(<PlanOverviewRoute />, { queryClient: seededQueryClient() });

    const downloads = screen.getByRole('region', { name: 'Last ned' });
    expect(within(downloads).getByRole('link', { name: 'Planfilen (JSON)' })).toHaveAttribute(
      'href',
      '/api/v1/export/plan?strategicPlan=1',
    );
    expect(within(downloads).getByRole('link', { name: 'Tiltakene som regneark (CSV)' })).toHaveAttribute(
      'href',
      '/api/v1/export/measures.csv?actionPlan=1',
    );
  });
});
