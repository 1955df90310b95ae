import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { Report } from '../../../lib/api/types';
import { measureKeys } from './query-keys';

/** Progress reports of a measure, newest first (the server's order). */
export async function getMeasureReports(measureId: number): Promise<Report[]> {
  const { items } = requireData(
    await apiClient.GET('/api/v1/measures/{measureId}/reports', {
      params: { path: { measureId: measureId } },
    }),
  );
  return items;
}

export const measureReportsQueryOptions = (measureId: number) =>
  queryOptions({
    queryKey: measureKeys.reports(measureId),
    queryFn: () => getMeasureReports(measureId),
  });

export function useMeasureReports(measureId: number) {
  return useSuspenseQuery(measureReportsQueryOptions(measureId));
}
