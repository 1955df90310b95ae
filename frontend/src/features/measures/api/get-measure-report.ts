import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { Report } from '../../../lib/api/types';
import { measureKeys } from './query-keys';

export async function getMeasureReport(measureId: number, reportId: number): Promise<Report> {
  return requireData(
    await apiClient.GET('/api/v1/measures/{measureId}/reports/{id}', {
      params: { path: { measureId: measureId, id: reportId } },
    }),
  );
}

export const measureReportQueryOptions = (measureId: number, reportId: number) =>
  queryOptions({
    queryKey: measureKeys.report(measureId, reportId),
    queryFn: () => getMeasureReport(measureId, reportId),
  });

export function useMeasureReport(measureId: number, reportId: number) {
  return useSuspenseQuery(measureReportQueryOptions(measureId, reportId));
}
