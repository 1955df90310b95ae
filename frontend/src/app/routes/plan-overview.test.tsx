import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { measuresQueryOptions } from '../../features/measures/api/get-measures';
import { measureListQuery, type MeasureFilter } from '../../features/measures/filters';
import { partiesQueryOptions } from '../../features/parties/api/get-parties';
import { currentStrategicPlanQueryOptions } from '../../features/plan/api/get-current-strategic-plan';
import type { Measure } from '../../lib/api/types';
import { measures, partySummaries, strategicPlan, youthMeasure } from '../../testing/fixtures';
import { createTestQueryClient, renderPage } from '../../testing/render';
import { PlanOverviewRoute } from './plan-overview';

const ACTION_PLAN_ID = 1;

function seededQueryClient(filtered: [MeasureFilter, Measure[]][] = []) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(currentStrategicPlanQueryOptions().queryKey, strategicPlan);
  queryClient.setQueryData(partiesQueryOptions().queryKey, partySummaries);
  queryClient.setQueryData(measuresQueryOptions(measureListQuery({}, ACTION_PLAN_ID)).queryKey, measures);
  for (const [filter, items] of filtered) {
    queryClient.setQueryData(measuresQueryOptions(measureListQuery(filter, ACTION_PLAN_ID)).queryKey, items);
  }
  return queryClient;
}

describe('plan overview', () => {
  it('shows the council, its vision and both plans with their adoption', () => {
    renderPage(<PlanOverviewRoute />, { queryClient: seededQueryClient() });

    expect(screen.getByRole('heading', { level: 1, name: 'Regionrådet for Fjellregionen' })).toBeVisible();
    expect(screen.getByText('Rom for å skape - tid til å leve')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Strategisk plan for Regionrådet for Fjellregionen' })).toBeVisible();
    expect(screen.getByText('Strategisk plan 2020–2024')).toBeVisible();
    expect(screen.getByText('Vedtatt juni 2020')).toBeVisible();
    expect(screen.getByText('Vedtatt av Regionrådet for Fjellregionen 26. mai 2021')).toBeVisible();
    expect(document.title).toBe('Handlingsplan – Planstatus');
  });

  it('groups goals under their section and lists each goal’s measures with lead and status', () => {
    renderPage(<PlanOverviewRoute />, { queryClient: seededQueryClient() });

    expect(screen.getByRole('heading', { level: 3, name: 'Arbeidsmåter og øvrig samarbeid:' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 4, name: 'Mål 5' })).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Ungdomsmedvirkning og ungt entreprenørskap skal kjennetegne regionen.' }),
    ).toHaveAttribute('href', '/mal/5');

    const goalFiveMeasures = screen.getByRole('list', { name: 'Tiltak under mål 5' });
    const item = within(goalFiveMeasures).getByRole('listitem');
    expect(within(item).getByText('2021-22/5.1')).toBeVisible();
    expect(
      within(item).getByRole('link', { name: 'gjennomføre prosjektet «Fjellungdom i klimaskiftet»' }),
    ).toHaveAttribute('href', '/tiltak/14');
    expect(within(item).getByRole('link', { name: 'Administrasjonen' })).toHaveAttribute('href', '/ansvarlige/2');
    expect(within(item).getByText('Pågår')).toBeVisible();

    const goalOneMeasures = screen.getByRole('list', { name: 'Tiltak under mål 1' });
    expect(within(goalOneMeasures).getByText('Ikke rapportert')).toBeVisible();
    expect(screen.getByText('Viser 2 av 2 tiltak')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Nullstill filtre' })).not.toBeInTheDocument();
  });

  it('filters by status through the URL, hides goals without matches and can be reset', async () => {
    const user = userEvent.setup();
    const { router } = renderPage(<PlanOverviewRoute />, {
      queryClient: seededQueryClient([[{ status: 'IN_PROGRESS' }, [youthMeasure]]]),
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Pågår');

    expect(await screen.findByText('Viser 1 av 2 tiltak')).toBeVisible();
    expect(router.state.location.search).toBe('?status=IN_PROGRESS');
    expect(screen.queryByRole('heading', { name: 'Mål 1' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Mål 5' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Nullstill filtre' }));

    expect(await screen.findByText('Viser 2 av 2 tiltak')).toBeVisible();
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('heading', { name: 'Mål 1' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Ansvarlig eller samarbeidspartner' })).toHaveFocus();
  });

  it('restores the filter from the URL on load', () => {
    renderPage(<PlanOverviewRoute />, {
      url: '/?ansvarlig=2&rolle=LEAD',
      queryClient: seededQueryClient([[{ party: 2, role: 'LEAD' }, [youthMeasure]]]),
    });

    expect(screen.getByRole('combobox', { name: 'Ansvarlig eller samarbeidspartner' })).toHaveDisplayValue(
      'Administrasjonen',
    );
    expect(screen.getByRole('combobox', { name: 'Rolle' })).toHaveDisplayValue('Ansvarlig');
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
});
