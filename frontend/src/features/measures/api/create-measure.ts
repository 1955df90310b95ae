import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, createdId } from '../../../lib/api/client';
import type { MeasureCreate } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';

/** Creates a measure and answers with its id, taken from Location. */
export async function createMeasure(input: MeasureCreate): Promise<number> {
  const { response } = await apiClient.POST('/api/v1/measures', { body: input });
  return createdId(response);
}

export function useCreateMeasure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMeasure,
    onSuccess: () => invalidateAfterChange(queryClient),
  });
}
