import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';

import { Loading } from '../components/loading';
import { NotFound } from '../components/not-found';
import { GoalRoute, goalLoader } from './routes/goal';
import { MeasureRoute, measureLoader } from './routes/measure';
import { PartiesRoute, partiesLoader } from './routes/parties';
import { PartyRoute, partyLoader } from './routes/party';
import { PlanOverviewRoute, planOverviewLoader } from './routes/plan-overview';
import { RootLayout } from './routes/root';
import { RouteError } from './routes/route-error';

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const loading = <Loading />;
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
            {
              path: 'mal/:goalId',
              loader: goalLoader(queryClient),
              element: <GoalRoute />,
              hydrateFallbackElement: loading,
            },
            {
              path: 'tiltak/:measureId',
              loader: measureLoader(queryClient),
              element: <MeasureRoute />,
              hydrateFallbackElement: loading,
            },
            {
              path: 'ansvarlige',
              loader: partiesLoader(queryClient),
              element: <PartiesRoute />,
              hydrateFallbackElement: loading,
            },
            {
              path: 'ansvarlige/:partyId',
              loader: partyLoader(queryClient),
              element: <PartyRoute />,
              hydrateFallbackElement: loading,
            },
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
