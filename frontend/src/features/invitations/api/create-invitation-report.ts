import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, createdId } from '../../../lib/api/client';
import type { ReportInput } from '../../../lib/api/types';
import { INVITATION_SECRET_HEADER } from './get-own-invitation';
import { invitationKeys } from './query-keys';

export type CreateInvitationReportArgs = { secret: string; measureId: number; input: ReportInput };

/** Submits a report through a personal link, for approval; the answer is its id. */
export async function createInvitationReport({ secret, measureId, input }: CreateInvitationReportArgs): Promise<number> {
  const { response } = await apiClient.POST('/api/v1/invitation/measures/{measureId}/reports', {
    params: { path: { measureId }, header: { [INVITATION_SECRET_HEADER]: secret } },
    body: input,
  });
  return createdId(response);
}

export function useCreateInvitationReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitationReport,
    onSuccess: (_, { secret }) => queryClient.invalidateQueries({ queryKey: invitationKeys.own(secret) }),
  });
}
