import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { InvitationInput, SentInvitation } from '../../../lib/api/types';
import { invitationKeys } from './query-keys';

export type CreateInvitationArgs = { roundId: number; input: InvitationInput };

/**
 * Sends a personal link. When the e-mail was not sent, the answer holds the link this once: the caller shows it
 * in the page and never keeps it in the query cache.
 */
export async function createInvitation({ roundId, input }: CreateInvitationArgs): Promise<SentInvitation> {
  return requireData(
    await apiClient.POST('/api/v1/rounds/{roundId}/invitations', { params: { path: { roundId } }, body: input }),
  );
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: (_, { roundId }) => queryClient.invalidateQueries({ queryKey: invitationKeys.round(roundId) }),
  });
}
