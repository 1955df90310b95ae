import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, ifMatch, requireData } from '../../../lib/api/client';
import type { Report, ReportInput } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';
import { measureKeys } from './query-keys';

export type CorrectReportArgs = {
  measureId: number;
  reportId: number;
  /** The version the user started correcting from; a newer one on the server gives 412. */
  version: number;
  input: ReportInput;
};

/** Replaces a report's content; the earlier text stays in the measure's history. */
export async function correctReport({ measureId, reportId, version, input }: CorrectReportArgs): Promise<Report> {
  return requireData(
    await apiClient.PUT('/api/v1/measures/{measureId}/reports/{id}', {
      params: {
        path: { measureId: measureId, id: reportId },
        header: { 'If-Match': ifMatch(version) },
      },
      body: input,
    }),
  );
}

export function useCorrectReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: correctReport,
    onSuccess: (report) => {
      queryClient.setQueryData(measureKeys.report(report.measureId, report.id), report);
      return invalidateAfterChange(queryClient);
    },
  });
}
