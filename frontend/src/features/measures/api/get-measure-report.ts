import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import { ProblemError } from '../../../lib/api/problem';
import type { Report } from '../../../lib/api/types';
import { measureKeys } from './query-keys';

/**
 * A report to correct, in whatever state it is: read through the private operation, since the measure's public
 * report answers only hold approved reports. One of another measure is not found here either.
 */
export async function getMeasureReport(measureId: number, reportId: number): Promise<Report> {
  const report = requireData(
    await apiClient.GET('/api/v1/reports/{id}', {
      params: { path: { id: reportId } },
    }),
  );
  if (report.measureId !== measureId) {
    throw new ProblemError({ status: 404, title: 'Statusrapporten finnes ikke på dette tiltaket' });
  }
  return report;
}

export const measureReportQueryOptions = (measureId: number, reportId: number) =>
  queryOptions({
    queryKey: measureKeys.report(measureId, reportId),
    queryFn: () => getMeasureReport(measureId, reportId),
  });

export function useMeasureReport(measureId: number, reportId: number) {
  return useSuspenseQuery(measureReportQueryOptions(measureId, reportId));
}
