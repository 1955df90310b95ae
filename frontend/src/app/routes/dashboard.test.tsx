import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';

import { authKeys } from '../../features/auth/api/query-keys';
import { secondTertialDashboard } from '../../features/dashboard/testing';
import type { ActionPlan } from '../../lib/api/types';
import { fakeApi, json, problem, sentRequests } from '../../testing/fake-api';
import { periodsOfActionPlan, strategicPlan } from '../../testing/fixtures';
import { createTestQueryClient } from '../../testing/render';
import { createRoutes } from '../router';

const actionPlans: ActionPlan[] = strategicPlan.actionPlans ?? [];

function renderDashboard(url: string) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(authKeys.me(), null);
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

function serveDashboard() {
  fakeApi({
    'GET /api/v1/dashboard': () => json(200, secondTertialDashboard),
    'GET /api/v1/action-plans': () => json(200, { items: actionPlans }),
    'GET /api/v1/action-plans/1/periods': () => json(200, { items: periodsOfActionPlan }),
  });
}

describe('the dashboard page', () => {
  it('asks for the plan and period in its URL and shows the counts as tables of linked numbers with bars', async () => {
    serveDashboard();
    renderDashboard('/dashbord?plan=1&period=105');

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashbord' })).toBeVisible();
    const query = new URL(sentRequests('GET /api/v1/dashboard')[0]!.url).searchParams;
    expect(query.get('actionPlan')).toBe('1');
    expect(query.get('period')).toBe('105');
    expect(screen.getByText(/Status for Handlingsplan 2021–2022 pr\. 2\. tertial 2022 · 22 tiltak/)).toBeVisible();

    const changes = screen.getByRole('region', { name: 'Endringer siden 1. tertial 2022' });
    expect(within(changes).getByText('3 flere fullført siden 1. tertial 2022')).toBeVisible();

    const byStatus = screen.getByRole('table', { name: 'Tiltak etter status' });
    const completed = within(byStatus).getByRole('row', { name: /Fullført/ });
    expect(within(completed).getByRole('rowheader')).toHaveTextContent('Fullført');
    expect(within(completed).getByRole('link', { name: '3 tiltak fullført' })).toHaveAttribute(
      'href',
      '/?plan=1&status=COMPLETED',
    );
    expect(within(completed).getByText('14 %')).toBeVisible();
    expect(within(byStatus).getByRole('columnheader', { name: 'Pr. 1. tertial 2022' })).toBeVisible();
    expect(within(byStatus).getByRole('link', { name: '22 tiltak i alt' })).toHaveAttribute('href', '/?plan=1');

    const byAssessment = screen.getByRole('table', { name: 'Tiltak etter vurdering' });
    expect(within(byAssessment).getByRole('link', { name: /^6 tiltak/ })).toHaveAttribute(
      'href',
      '/?plan=1&assessment=AT_RISK',
    );

    const byGoal = screen.getByRole('table', { name: 'Tiltak etter mål' });
    expect(
      within(byGoal).getByRole('link', { name: '2 tiltak fullført for Mål 1: Attraktive lokalsamfunn' }),
    ).toHaveAttribute('href', '/?plan=1&goal=7&status=COMPLETED');

    const byParty = screen.getByRole('table', { name: 'Tiltak etter ansvarlig (den som leder tiltaket)' });
    expect(within(byParty).getByRole('link', { name: '12 tiltak for Administrasjonen' })).toHaveAttribute(
      'href',
      '/?plan=1&party=3&role=LEAD',
    );
  });

  it('is in the main navigation and shows another period when chosen', async () => {
    serveDashboard();
    const user = userEvent.setup();
    const router = renderDashboard('/dashbord');

    const navigation = await screen.findByRole('navigation', { name: 'Hovedmeny' });
    expect(within(navigation).getByRole('link', { name: 'Dashbord' })).toHaveAttribute('href', '/dashbord');
    expect(await screen.findByLabelText('Periode')).toHaveValue('105');

    await user.selectOptions(screen.getByLabelText('Periode'), '1. tertial 2022');
    await user.click(screen.getByRole('button', { name: 'Vis' }));

    expect(router.state.location.search).toBe('?plan=1&period=104');
  });

  it('shows the problem when the period is not the plan’s', async () => {
    fakeApi({
      'GET /api/v1/dashboard': () =>
        problem(400, { detail: 'Forespørselen er ugyldig.', violations: [{ field: 'period', message: 'feil plan' }] }),
      'GET /api/v1/action-plans': () => json(200, { items: actionPlans }),
    });
    renderDashboard('/dashbord?plan=1&period=999');

    expect(await screen.findByRole('heading', { level: 1, name: 'Noe gikk galt' })).toBeVisible();
    expect(screen.getByText(/Forespørselen er ugyldig\. \(400\)/)).toBeVisible();
  });
});
