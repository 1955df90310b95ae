import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { Invitation } from '../../../lib/api/types';
import { invitationKeys } from './query-keys';

/** The link stops working at once; revoking a revoked link changes nothing. */
export async function revokeInvitation(invitationId: number): Promise<Invitation> {
  return requireData(
    await apiClient.POST('/api/v1/invitations/{id}/revoke', { params: { path: { id: invitationId } } }),
  );
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSuccess: (invitation) => queryClient.invalidateQueries({ queryKey: invitationKeys.round(invitation.roundId) }),
  });
}
