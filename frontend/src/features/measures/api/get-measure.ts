import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { Measure } from '../../../lib/api/types';
import { measureKeys } from './query-keys';

export async function getMeasure(measureId: number): Promise<Measure> {
  return requireData(await apiClient.GET('/api/v1/measures/{id}', { params: { path: { id: measureId } } }));
}

export const measureQueryOptions = (measureId: number) =>
  queryOptions({
    queryKey: measureKeys.detail(measureId),
    queryFn: () => getMeasure(measureId),
  });

export function useMeasure(measureId: number) {
  return useSuspenseQuery(measureQueryOptions(measureId));
}
