import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { Invitation } from '../../../lib/api/types';
import { invitationKeys } from './query-keys';

/** A round's personal links, newest first, revoked ones included; never their secrets. */
export async function getRoundInvitations(roundId: number): Promise<Invitation[]> {
  const { items } = requireData(
    await apiClient.GET('/api/v1/rounds/{roundId}/invitations', { params: { path: { roundId } } }),
  );
  return items;
}

export const roundInvitationsQueryOptions = (roundId: number) =>
  queryOptions({
    queryKey: invitationKeys.round(roundId),
    queryFn: () => getRoundInvitations(roundId),
  });

export function useRoundInvitations(roundId: number) {
  return useSuspenseQuery(roundInvitationsQueryOptions(roundId));
}
