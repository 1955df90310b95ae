import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, createdId } from '../../../lib/api/client';
import type { ReportInput } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';

export type CreateReportArgs = { measureId: number; input: ReportInput };

/** Writes a progress report; the answer is its id, from Location. The author is whoever is signed in. */
export async function createReport({ measureId, input }: CreateReportArgs): Promise<number> {
  const { response } = await apiClient.POST('/api/v1/measures/{measureId}/reports', {
    params: { path: { measureId: measureId } },
    body: input,
  });
  return createdId(response);
}

/** A new report changes the measure's current status everywhere it is shown. */
export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReport,
    onSuccess: () => invalidateAfterChange(queryClient),
  });
}
