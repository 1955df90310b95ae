import type { QueryClient } from '@tanstack/react-query';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';

import { canEditPlan } from '../../features/auth/permissions';
import { RoundInvitations } from '../../features/invitations/components/round-invitations';
import { mailStatusQueryOptions } from '../../features/reminders/api/get-mail-status';
import { reminderLogQueryOptions } from '../../features/reminders/api/get-reminder-log';
import { RemindersSection } from '../../features/reminders/components/reminders-section';
import { obligationsQueryOptions } from '../../features/rounds/api/get-obligations';
import { roundProgressQueryOptions } from '../../features/rounds/api/get-round-progress';
import { roundProposalQueryOptions } from '../../features/rounds/api/get-round-proposal';
import { roundsQueryOptions } from '../../features/rounds/api/get-rounds';
import { MyObligationsPage } from '../../features/rounds/components/my-obligations-page';
import { RoundPage } from '../../features/rounds/components/round-page';
import { RoundsPage } from '../../features/rounds/components/rounds-page';
import { PublishStatusReport } from '../../features/status-reports/components/publish-status-report';
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
    await Promise.all([
      queryClient.fetchQuery(roundProgressQueryOptions(roundId)),
      queryClient.prefetchQuery(mailStatusQueryOptions()),
      queryClient.prefetchQuery(reminderLogQueryOptions(roundId)),
    ]);
    return { roundId };
  };

export function RoundRoute() {
  const { roundId } = useLoaderData<ReturnType<typeof roundLoader>>();
  return (
    <RoundPage
      key={roundId}
      roundId={roundId}
      sections={(progress) => (
        <>
          <PublishStatusReport roundId={roundId} periodLabel={progress.period.label} />
          <RemindersSection roundId={roundId} open={progress.open} />
          {progress.open && (
            <RoundInvitations roundId={roundId} parties={progress.byParty.map(({ party }) => party)} />
          )}
        </>
      )}
    />
  );
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
