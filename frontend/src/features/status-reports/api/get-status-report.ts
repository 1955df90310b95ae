import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import { statusReportKeys } from './query-keys';
import type { StatusReport } from './types';

export async function getStatusReport(statusReportId: number): Promise<StatusReport> {
  return requireData(
    await apiClient.GET('/api/v1/status-reports/{id}', { params: { path: { id: statusReportId } } }),
  );
}

/**
 * A published report never changes, but a correction of it sets supersededById: keep the usual staleness so the
 * «nyere versjon» notice appears.
 */
export const statusReportQueryOptions = (statusReportId: number) =>
  queryOptions({ queryKey: statusReportKeys.detail(statusReportId), queryFn: () => getStatusReport(statusReportId) });

export function useStatusReport(statusReportId: number) {
  return useSuspenseQuery(statusReportQueryOptions(statusReportId));
}

/** The downloads are served by the API itself: plain links the browser saves. */
export const statusReportDownloads = {
  pdf: (statusReportId: number) => `/api/v1/status-reports/${statusReportId}/pdf`,
  csv: (statusReportId: number) => `/api/v1/status-reports/${statusReportId}/csv`,
};
