import type { QueryClient } from '@tanstack/react-query';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';

import { partyQueryOptions } from '../../features/parties/api/get-party';
import { PartyPage } from '../../features/parties/components/party-page';
import { requireId } from './route-params';

export const partyLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const partyId = requireId(params.partyId);
    await queryClient.ensureQueryData(partyQueryOptions(partyId));
    return { partyId };
  };

export function PartyRoute() {
  const { partyId } = useLoaderData<ReturnType<typeof partyLoader>>();
  return <PartyPage partyId={partyId} />;
}
