import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { AuditEvent } from '../../../lib/api/types';
import { measureKeys } from './query-keys';

/** Changes to the measure, its responsibilities and its reports, newest first (public, like the plan). */
export async function getMeasureHistory(measureId: number): Promise<AuditEvent[]> {
  const { items } = requireData(
    await apiClient.GET('/api/v1/measures/{measureId}/history', {
      params: { path: { measureId: measureId } },
    }),
  );
  return items;
}

export const measureHistoryQueryOptions = (measureId: number) =>
  queryOptions({
    queryKey: measureKeys.history(measureId),
    queryFn: () => getMeasureHistory(measureId),
  });

export function useMeasureHistory(measureId: number) {
  return useSuspenseQuery(measureHistoryQueryOptions(measureId));
}
