import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';

import { Loading } from '../components/loading';
import { NotFound } from '../components/not-found';
import {
  AccountRoute,
  accountLoader,
  AccountsRoute,
  accountsLoader,
  AuditRoute,
  auditLoader,
  NewAccountRoute,
  newAccountLoader,
  TokensRoute,
  tokensLoader,
  WebhookRoute,
  webhookLoader,
  WebhooksRoute,
  webhooksLoader,
} from './routes/admin';
import { DashboardRoute, dashboardLoader } from './routes/dashboard';
import { EditMeasureRoute, editMeasureLoader } from './routes/edit-measure';
import { EmbedRoute, embedLoader } from './routes/embed';
import { GoalRoute, goalLoader } from './routes/goal';
import { InvitationReportRoute, invitationReportLoader } from './routes/invitation-report';
import { LoginRoute, loginLoader } from './routes/login';
import { MeasureRoute, measureLoader } from './routes/measure';
import { NewMeasureRoute, newMeasureLoader } from './routes/new-measure';
import { PartiesRoute, partiesLoader } from './routes/parties';
import { PartyRoute, partyLoader } from './routes/party';
import {
  EditActionPlanRoute,
  editActionPlanLoader,
  EditGoalRoute,
  editGoalLoader,
  EditPartyRoute,
  editPartyLoader,
  EditStrategicPlanRoute,
  editStrategicPlanLoader,
  NewActionPlanRoute,
  newActionPlanLoader,
  NewGoalRoute,
  newGoalLoader,
  NewPartyRoute,
  newPartyLoader,
} from './routes/plan-editing';
import { PlanOverviewRoute, planOverviewLoader } from './routes/plan-overview';
import { CorrectReportRoute, correctReportLoader, NewReportRoute, newReportLoader } from './routes/report';
import { MyReportsRoute, myReportsLoader, ReviewRoute, reviewLoader } from './routes/review';
import { RootLayout } from './routes/root';
import {
  MyObligationsRoute,
  myObligationsLoader,
  RoundRoute,
  roundLoader,
  RoundsRoute,
  roundsLoader,
} from './routes/rounds';
import { RouteError } from './routes/route-error';
import { StatusReportRoute, statusReportLoader } from './routes/status-report';
import { ImporterRoute, importerLoader } from './routes/transfer';

/**
 * Loaders fetch with the page's own queryOptions before it shows. They use fetchQuery: cached data is used while
 * fresh, and data a change has marked stale is fetched again first, so a page never shows what the user just
 * changed as it was before.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const loading = <Loading />;
  const page = (path: string, loader: RouteObject['loader'], element: RouteObject['element']): RouteObject => ({
    path,
    loader,
    element,
    hydrateFallbackElement: loading,
  });
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
            page('logg-inn', loginLoader(queryClient), <LoginRoute />),
            page('rapporter/:secret', invitationReportLoader(queryClient), <InvitationReportRoute />),
            page('mal/nytt', newGoalLoader(queryClient), <NewGoalRoute />),
            page('mal/:goalId', goalLoader(queryClient), <GoalRoute />),
            page('mal/:goalId/rediger', editGoalLoader(queryClient), <EditGoalRoute />),
            page('tiltak/nytt', newMeasureLoader(queryClient), <NewMeasureRoute />),
            page('tiltak/:measureId', measureLoader(queryClient), <MeasureRoute />),
            page('tiltak/:measureId/rediger', editMeasureLoader(queryClient), <EditMeasureRoute />),
            page('tiltak/:measureId/ny-rapport', newReportLoader(queryClient), <NewReportRoute />),
            page(
              'tiltak/:measureId/rapporter/:reportId/korriger',
              correctReportLoader(queryClient),
              <CorrectReportRoute />,
            ),
            page('til-godkjenning', reviewLoader(queryClient), <ReviewRoute />),
            page('mine-rapporter', myReportsLoader(queryClient), <MyReportsRoute />),
            page('ansvarlige', partiesLoader(queryClient), <PartiesRoute />),
            page('ansvarlige/ny', newPartyLoader(queryClient), <NewPartyRoute />),
            page('ansvarlige/:partyId', partyLoader(queryClient), <PartyRoute />),
            page('ansvarlige/:partyId/rediger', editPartyLoader(queryClient), <EditPartyRoute />),
            page('bygg-inn', embedLoader(queryClient), <EmbedRoute />),
            page('strategisk-plan/:planId/rediger', editStrategicPlanLoader(queryClient), <EditStrategicPlanRoute />),
            page('handlingsplaner/ny', newActionPlanLoader(queryClient), <NewActionPlanRoute />),
            page('handlingsplaner/:actionPlanId/rediger', editActionPlanLoader(queryClient), <EditActionPlanRoute />),
            page('admin/brukere', accountsLoader(queryClient), <AccountsRoute />),
            page('admin/brukere/ny', newAccountLoader(queryClient), <NewAccountRoute />),
            page('admin/brukere/:accountId', accountLoader(queryClient), <AccountRoute />),
            page('admin/tokens', tokensLoader(queryClient), <TokensRoute />),
            page('admin/webhooks', webhooksLoader(queryClient), <WebhooksRoute />),
            page('admin/webhooks/:webhookId', webhookLoader(queryClient), <WebhookRoute />),
            page('admin/endringer', auditLoader(queryClient), <AuditRoute />),
            page('rapporteringsrunder', roundsLoader(queryClient), <RoundsRoute />),
            page('rapporteringsrunder/:roundId', roundLoader(queryClient), <RoundRoute />),
            page('mine-tiltak', myObligationsLoader(queryClient), <MyObligationsRoute />),
            page('importer', importerLoader(queryClient), <ImporterRoute />),
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
