import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import { statusReportKeys } from './query-keys';
import type { StatusReport, StatusReportCorrection, StatusReportPublish } from './types';

export async function publishStatusReport(input: StatusReportPublish): Promise<StatusReport> {
  return requireData(await apiClient.POST('/api/v1/status-reports', { body: input }));
}

export type CorrectStatusReportArgs = { statusReportId: number } & StatusReportCorrection;

export async function correctStatusReport({ statusReportId, reason }: CorrectStatusReportArgs): Promise<StatusReport> {
  return requireData(
    await apiClient.POST('/api/v1/status-reports/{id}/corrections', {
      params: { path: { id: statusReportId } },
      body: { reason },
    }),
  );
}

function usePublishing<A>(publish: (args: A) => Promise<StatusReport>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publish,
    onSuccess: (report) => {
      queryClient.setQueryData(statusReportKeys.detail(report.id), report);
      const corrected = report.correction?.previousId;
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: statusReportKeys.lists() }),
        // The version a correction replaces now points to it (supersededById).
        corrected === undefined
          ? undefined
          : queryClient.invalidateQueries({ queryKey: statusReportKeys.detail(corrected) }),
      ]);
    },
  });
}

export function usePublishStatusReport() {
  return usePublishing(publishStatusReport);
}

export function usePublishCorrection() {
  return usePublishing(correctStatusReport);
}
