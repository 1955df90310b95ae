import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, ifMatch, requireData } from '../../../lib/api/client';
import type { Responsibility, ResponsibilityUpdate } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';

export type UpdateResponsibilityArgs = {
  measureId: number;
  responsibilityId: number;
  version: number;
  input: ResponsibilityUpdate;
};

export async function updateResponsibility({
  measureId,
  responsibilityId,
  version,
  input,
}: UpdateResponsibilityArgs): Promise<Responsibility> {
  return requireData(
    await apiClient.PUT('/api/v1/measures/{measureId}/responsibilities/{id}', {
      params: {
        path: { measureId: measureId, id: responsibilityId },
        header: { 'If-Match': ifMatch(version) },
      },
      body: input,
    }),
  );
}

export function useUpdateResponsibility() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateResponsibility, onSuccess: () => invalidateAfterChange(queryClient) });
}
