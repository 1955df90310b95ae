import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { InvitationDetails } from '../../../lib/api/types';
import { invitationKeys } from './query-keys';

/** The secret travels in a header, never in the API's URL, where logs would keep it. */
export const INVITATION_SECRET_HEADER = 'X-Invitation-Secret';

/** What the holder of a personal link is asked to report on. */
export async function getOwnInvitation(secret: string): Promise<InvitationDetails> {
  return requireData(
    await apiClient.GET('/api/v1/invitation', { params: { header: { [INVITATION_SECRET_HEADER]: secret } } }),
  );
}

export const ownInvitationQueryOptions = (secret: string) =>
  queryOptions({
    queryKey: invitationKeys.own(secret),
    queryFn: () => getOwnInvitation(secret),
    // A wrong link stays wrong; trying again only counts towards the server's limit.
    retry: false,
  });

export function useOwnInvitation(secret: string) {
  return useSuspenseQuery(ownInvitationQueryOptions(secret));
}
