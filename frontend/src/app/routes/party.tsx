import type { QueryClient } from '@tanstack/react-query';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';

import { meQueryOptions, useMe } from '../../features/auth/api/get-me';
import { canEditPlan } from '../../features/auth/permissions';
import { partyQueryOptions } from '../../features/parties/api/get-party';
import { PartyPage } from '../../features/parties/components/party-page';
import { requireId } from './route-params';

export const partyLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const partyId = requireId(params.partyId);
    void queryClient.prefetchQuery(meQueryOptions());
    await queryClient.fetchQuery(partyQueryOptions(partyId));
    return { partyId };
  };

export function PartyRoute() {
  const { partyId } = useLoaderData<ReturnType<typeof partyLoader>>();
  const { data: user } = useMe();
  return <PartyPage partyId={partyId} canEdit={canEditPlan(user)} />;
}
