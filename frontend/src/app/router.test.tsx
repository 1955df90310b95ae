import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';

import { authKeys } from '../features/auth/api/query-keys';
import { measureQueryOptions } from '../features/measures/api/get-measure';
import { measureHistoryQueryOptions } from '../features/measures/api/get-measure-history';
import { measureReportsQueryOptions } from '../features/measures/api/get-measure-reports';
import { measuresQueryOptions } from '../features/measures/api/get-measures';
import { measureListQuery } from '../features/measures/filters';
import { partiesQueryOptions } from '../features/parties/api/get-parties';
import { actionPlansWithMeasuresQueryOptions } from '../features/plan/api/get-action-plans-with-measures';
import { currentStrategicPlanQueryOptions } from '../features/plan/api/get-current-strategic-plan';
import { ProblemError } from '../lib/api/problem';
import type { SignedIn } from '../lib/api/types';
import { fakeApi, json } from '../testing/fake-api';
import {
  historyOfYouthMeasure,
  measures,
  partySummaries,
  reportsForYouthMeasure,
  strategicPlan,
  youthMeasure,
} from '../testing/fixtures';
import { createTestQueryClient } from '../testing/render';
import { createRoutes } from './router';
import { RouteError } from './routes/route-error';

function seededQueryClient(signedIn: SignedIn | null = null): QueryClient {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(authKeys.me(), signedIn);
  queryClient.setQueryData(currentStrategicPlanQueryOptions().queryKey, strategicPlan);
  queryClient.setQueryData(actionPlansWithMeasuresQueryOptions(strategicPlan).queryKey, [1]);
  queryClient.setQueryData(partiesQueryOptions().queryKey, partySummaries);
  queryClient.setQueryData(measuresQueryOptions(measureListQuery({}, 1)).queryKey, measures);
  queryClient.setQueryData(measureQueryOptions(youthMeasure.id).queryKey, youthMeasure);
  queryClient.setQueryData(measureReportsQueryOptions(youthMeasure.id).queryKey, reportsForYouthMeasure);
  queryClient.setQueryData(measureHistoryQueryOptions(youthMeasure.id).queryKey, historyOfYouthMeasure);
  return queryClient;
}

function renderApp(url: string, queryClient = seededQueryClient()) {
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('app routes', () => {
  it('wraps every page in the layout: skip link, one banner, navigation, main and footer', async () => {
    renderApp('/tiltak/14');

    expect(await screen.findByRole('heading', { level: 1, name: 'Tiltak 2021-22/5.1' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Hopp til hovedinnhold' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hovedmeny' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });

  it.each(['/tiltak/abc', '/mal/0', '/ansvarlige/-1', '/finnes/ikke'])('shows the not-found page for %s', async (url) => {
    renderApp(url);

    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Hovedmeny' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Fant ikke siden – Planstatus'));
  });

  it('moves focus to the new page’s heading after following a link', async () => {
    const user = userEvent.setup();
    const router = renderApp('/');

    await user.click(await screen.findByRole('link', { name: youthMeasure.text }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Tiltak 2021-22/5.1' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(router.state.location.pathname).toBe('/tiltak/14');
  });
});

describe('signing in', () => {
  const editor: SignedIn = { username: 'ed', displayName: 'Eva Editor', role: 'EDITOR', party: null, csrfToken: 'x' };

  it('sends a signed-out user from a page that needs sign-in to «Logg inn», remembering where they were going', async () => {
    fakeApi({ 'GET /api/v1/auth/session': () => json(200, { account: null }) });
    const router = renderApp('/tiltak/14/rediger');

    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/logg-inn');
    expect(router.state.location.search).toBe('?neste=%2Ftiltak%2F14%2Frediger');
  });

  it('shows «Ingen tilgang» to a signed-in user whose role may not open the page', async () => {
    const reporter: SignedIn = { ...editor, role: 'REPORTER', party: partySummaries[1]! };
    renderApp('/tiltak/14/rediger', seededQueryClient(reporter));

    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeVisible();
  });

  it('shows who is signed in in the header, and the editing actions to an editor', async () => {
    renderApp('/tiltak/14', seededQueryClient(editor));

    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText('Eva Editor')).toBeVisible();
    expect(within(banner).getByRole('button', { name: 'Logg ut' })).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Rediger tiltak' })).toHaveAttribute('href', '/tiltak/14/rediger');
  });

  it('offers «Logg inn» to everyone else, and no editing actions', async () => {
    renderApp('/tiltak/14');

    const banner = screen.getByRole('banner');
    expect(await within(banner).findByRole('link', { name: 'Logg inn' })).toHaveAttribute(
      'href',
      '/logg-inn?neste=%2Ftiltak%2F14',
    );
    expect(screen.queryByRole('link', { name: 'Rediger tiltak' })).not.toBeInTheDocument();
  });
});

describe('route errors', () => {
  function renderFailingRoute(error: unknown) {
    const router = createMemoryRouter(
      [
        {
          path: '/',
          errorElement: <RouteError />,
          loader: () => {
            throw error;
          },
          element: <p>aldri vist</p>,
          hydrateFallbackElement: <p>Laster</p>,
        },
      ],
      { initialEntries: ['/'] },
    );
    render(<RouterProvider router={router} />);
  }

  it('shows the not-found page when the API answers 404', async () => {
    renderFailingRoute(new ProblemError({ status: 404, title: 'Not Found', detail: 'Tiltak 99 finnes ikke' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
  });

  it('shows an error with the server’s explanation and a retry button for other failures', async () => {
    renderFailingRoute(new ProblemError({ status: 503, title: 'Service Unavailable', detail: 'Databasen svarer ikke' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Noe gikk galt' })).toBeVisible();
    expect(screen.getByText('Service Unavailable: Databasen svarer ikke (503)')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Prøv igjen' })).toBeVisible();
  });
});
