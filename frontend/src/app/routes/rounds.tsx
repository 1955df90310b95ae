import type { QueryClient } from '@tanstack/react-query';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';

import { canEditPlan } from '../../features/auth/permissions';
import { obligationsQueryOptions } from '../../features/rounds/api/get-obligations';
import { roundProgressQueryOptions } from '../../features/rounds/api/get-round-progress';
import { roundProposalQueryOptions } from '../../features/rounds/api/get-round-proposal';
import { roundsQueryOptions } from '../../features/rounds/api/get-rounds';
import { MyObligationsPage } from '../../features/rounds/components/my-obligations-page';
import { RoundPage } from '../../features/rounds/components/round-page';
import { RoundsPage } from '../../features/rounds/components/rounds-page';
import { requireUser } from './guards';
import { requireId } from './route-params';

/* Reporting rounds (editors) and «Mine tiltak» (anyone signed in; a reporter's party's measures). */

export const roundsLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, canEditPlan);
    await Promise.all([
      queryClient.fetchQuery(roundsQueryOptions()),
      queryClient.fetchQuery(roundProposalQueryOptions(null)),
    ]);
    return null;
  };

export function RoundsRoute() {
  return <RoundsPage />;
}

export const roundLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const roundId = requireId(params.roundId);
    await requireUser(queryClient, request, canEditPlan);
    await queryClient.fetchQuery(roundProgressQueryOptions(roundId));
    return { roundId };
  };

export function RoundRoute() {
  const { roundId } = useLoaderData<ReturnType<typeof roundLoader>>();
  return <RoundPage key={roundId} roundId={roundId} />;
}

export const myObligationsLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request);
    await queryClient.fetchQuery(obligationsQueryOptions());
    return null;
  };

export function MyObligationsRoute() {
  return <MyObligationsPage />;
}
