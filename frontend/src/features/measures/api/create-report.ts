import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { Report, ReportInput } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';

export type CreateReportArgs = { measureId: number; input: ReportInput };

/**
 * Writes a progress report; the answer is the report, with the state it got (a reporter's waits for approval).
 * The author is whoever is signed in.
 */
export async function createReport({ measureId, input }: CreateReportArgs): Promise<Report> {
  return requireData(
    await apiClient.POST('/api/v1/measures/{measureId}/reports', {
      params: { path: { measureId: measureId } },
      body: input,
    }),
  );
}

/** A new report changes the measure's current status everywhere it is shown. */
export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReport,
    onSuccess: () => invalidateAfterChange(queryClient),
  });
}
