import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { MeasureListQuery, Measure } from '../../../lib/api/types';
import { measureKeys } from './query-keys';

export async function getMeasures(query: MeasureListQuery): Promise<Measure[]> {
  const { items } = requireData(await apiClient.GET('/api/v1/measures', { params: { query } }));
  return items;
}

export const measuresQueryOptions = (query: MeasureListQuery) =>
  queryOptions({
    queryKey: measureKeys.list(query),
    queryFn: () => getMeasures(query),
  });

export function useMeasures(query: MeasureListQuery) {
  return useSuspenseQuery(measuresQueryOptions(query));
}
