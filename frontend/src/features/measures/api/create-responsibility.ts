import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, createdId } from '../../../lib/api/client';
import type { ResponsibilityCreate } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';

export type CreateResponsibilityArgs = { measureId: number; input: ResponsibilityCreate };

/** Gives a party a role in a measure; the answer is the responsibility's id, from Location. */
export async function createResponsibility({ measureId, input }: CreateResponsibilityArgs): Promise<number> {
  const { response } = await apiClient.POST('/api/v1/measures/{measureId}/responsibilities', {
    params: { path: { measureId: measureId } },
    body: input,
  });
  return createdId(response);
}

export function useCreateResponsibility() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createResponsibility, onSuccess: () => invalidateAfterChange(queryClient) });
}
