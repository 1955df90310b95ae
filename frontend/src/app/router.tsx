import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, type LoaderFunction, type RouteObject } from 'react-router';

import { Loading } from '../components/loading';
import { NotFound } from '../components/not-found';
import { loadDesignsystemetWeb } from '../lib/designsystemet-web';
import { DashboardRoute, dashboardLoader } from './routes/dashboard';
import { GoalRoute, goalLoader } from './routes/goal';
import { MeasureRoute, measureLoader } from './routes/measure';
import { PartiesRoute, partiesLoader } from './routes/parties';
import { PartyRoute, partyLoader } from './routes/party';
import { PlanOverviewRoute, planOverviewLoader } from './routes/plan-overview';
import { RootLayout } from './routes/root';
import { RouteError } from './routes/route-error';
import { StatusReportRoute, statusReportLoader } from './routes/status-report';

/** A route module's part for one page: its loader (made for the app's query client) and its component. */
type LazyPage = { loader: LoaderFunction; Component: ComponentType };

/**
 * Loaders fetch with the page's own queryOptions before it shows. They use fetchQuery: cached data is used while
 * fresh, and data a change has marked stale is fetched again first, so a page never shows what the user just
 * changed as it was before.
 *
 * The public pages are in the first load; editing, reporting and admin pages are lazy (their module is fetched when
 * they are first visited), so an anonymous visitor loads none of their code (issue 12's JavaScript budget, enforced
 * by scripts/check-bundle-budget.mjs in the build).
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const loading = <Loading />;
  const page = (path: string, loader: RouteObject['loader'], element: RouteObject['element']): RouteObject => ({
    path,
    loader,
    element,
    hydrateFallbackElement: loading,
  });
  const lazyPage = <M,>(
    path: string,
    load: () => Promise<M>,
    pick: (module: M, client: QueryClient) => LazyPage,
  ): RouteObject => ({
    path,
    // The page shows with every Designsystemet element registered (its dialogs, popovers and comboboxes).
    lazy: async () => {
      const [module] = await Promise.all([load(), loadDesignsystemetWeb()]);
      return pick(module, queryClient);
    },
    hydrateFallbackElement: loading,
  });
  const admin = () => import('./routes/admin');
  const planEditing = () => import('./routes/plan-editing');
  const report = () => import('./routes/report');
  const review = () => import('./routes/review');
  const rounds = () => import('./routes/rounds');
  return [
    {
      path: '/',
      element: <RootLayout />,
      errorElement: <RouteError />,
      children: [
        {
          // Errors of a page render inside the layout, so header, navigation and skip link stay.
          errorElement: <RouteError />,
          children: [
            {
              index: true,
              loader: planOverviewLoader(queryClient),
              element: <PlanOverviewRoute />,
              hydrateFallbackElement: loading,
            },
            page('dashbord', dashboardLoader(queryClient), <DashboardRoute />),
            lazyPage('logg-inn', () => import('./routes/login'), (m, c) => ({
              loader: m.loginLoader(c),
              Component: m.LoginRoute,
            })),
            lazyPage('rapporter/:secret', () => import('./routes/invitation-report'), (m, c) => ({
              loader: m.invitationReportLoader(c),
              Component: m.InvitationReportRoute,
            })),
            lazyPage('mal/nytt', planEditing, (m, c) => ({ loader: m.newGoalLoader(c), Component: m.NewGoalRoute })),
            page('mal/:goalId', goalLoader(queryClient), <GoalRoute />),
            lazyPage('mal/:goalId/rediger', planEditing, (m, c) => ({
              loader: m.editGoalLoader(c),
              Component: m.EditGoalRoute,
            })),
            lazyPage('tiltak/nytt', () => import('./routes/new-measure'), (m, c) => ({
              loader: m.newMeasureLoader(c),
              Component: m.NewMeasureRoute,
            })),
            page('tiltak/:measureId', measureLoader(queryClient), <MeasureRoute />),
            lazyPage('tiltak/:measureId/rediger', () => import('./routes/edit-measure'), (m, c) => ({
              loader: m.editMeasureLoader(c),
              Component: m.EditMeasureRoute,
            })),
            lazyPage('tiltak/:measureId/ny-rapport', report, (m, c) => ({
              loader: m.newReportLoader(c),
              Component: m.NewReportRoute,
            })),
            lazyPage('tiltak/:measureId/rapporter/:reportId/korriger', report, (m, c) => ({
              loader: m.correctReportLoader(c),
              Component: m.CorrectReportRoute,
            })),
            lazyPage('til-godkjenning', review, (m, c) => ({ loader: m.reviewLoader(c), Component: m.ReviewRoute })),
            lazyPage('mine-rapporter', review, (m, c) => ({
              loader: m.myReportsLoader(c),
              Component: m.MyReportsRoute,
            })),
            page('ansvarlige', partiesLoader(queryClient), <PartiesRoute />),
            lazyPage('ansvarlige/ny', planEditing, (m, c) => ({
              loader: m.newPartyLoader(c),
              Component: m.NewPartyRoute,
            })),
            page('ansvarlige/:partyId', partyLoader(queryClient), <PartyRoute />),
            lazyPage('ansvarlige/:partyId/rediger', planEditing, (m, c) => ({
              loader: m.editPartyLoader(c),
              Component: m.EditPartyRoute,
            })),
            lazyPage('bygg-inn', () => import('./routes/embed'), (m, c) => ({
              loader: m.embedLoader(c),
              Component: m.EmbedRoute,
            })),
            lazyPage('strategisk-plan/:planId/rediger', planEditing, (m, c) => ({
              loader: m.editStrategicPlanLoader(c),
              Component: m.EditStrategicPlanRoute,
            })),
            lazyPage('handlingsplaner/ny', planEditing, (m, c) => ({
              loader: m.newActionPlanLoader(c),
              Component: m.NewActionPlanRoute,
            })),
            lazyPage('handlingsplaner/:actionPlanId/rediger', planEditing, (m, c) => ({
              loader: m.editActionPlanLoader(c),
              Component: m.EditActionPlanRoute,
            })),
            lazyPage('admin/brukere', admin, (m, c) => ({ loader: m.accountsLoader(c), Component: m.AccountsRoute })),
            lazyPage('admin/brukere/ny', admin, (m, c) => ({
              loader: m.newAccountLoader(c),
              Component: m.NewAccountRoute,
            })),
            lazyPage('admin/brukere/:accountId', admin, (m, c) => ({
              loader: m.accountLoader(c),
              Component: m.AccountRoute,
            })),
            lazyPage('admin/tokens', admin, (m, c) => ({ loader: m.tokensLoader(c), Component: m.TokensRoute })),
            lazyPage('admin/webhooks', admin, (m, c) => ({ loader: m.webhooksLoader(c), Component: m.WebhooksRoute })),
            lazyPage('admin/webhooks/:webhookId', admin, (m, c) => ({
              loader: m.webhookLoader(c),
              Component: m.WebhookRoute,
            })),
            lazyPage('admin/endringer', admin, (m, c) => ({ loader: m.auditLoader(c), Component: m.AuditRoute })),
            lazyPage('rapporteringsrunder', rounds, (m, c) => ({ loader: m.roundsLoader(c), Component: m.RoundsRoute })),
            lazyPage('rapporteringsrunder/:roundId', rounds, (m, c) => ({
              loader: m.roundLoader(c),
              Component: m.RoundRoute,
            })),
            lazyPage('mine-tiltak', rounds, (m, c) => ({
              loader: m.myObligationsLoader(c),
              Component: m.MyObligationsRoute,
            })),
            lazyPage('importer', () => import('./routes/transfer'), (m, c) => ({
              loader: m.importerLoader(c),
              Component: m.ImporterRoute,
            })),
            page('statusrapporter/:statusReportId', statusReportLoader(queryClient), <StatusReportRoute />),
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
