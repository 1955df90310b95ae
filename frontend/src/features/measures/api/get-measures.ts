import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { allPages, apiClient, requireData } from '../../../lib/api/client';
import type { MeasureListQuery, Measure } from '../../../lib/api/types';
import { measureKeys } from './query-keys';

export async function getMeasures(query: MeasureListQuery): Promise<Measure[]> {
  return allPages(async (cursor) =>
    requireData(await apiClient.GET('/api/v1/measures', { params: { query: { limit: 500, ...query, cursor } } })),
  );
}

export const measuresQueryOptions = (query: MeasureListQuery) =>
  queryOptions({
    queryKey: measureKeys.list(query),
    queryFn: () => getMeasures(query),
  });

export function useMeasures(query: MeasureListQuery) {
  return useSuspenseQuery(measuresQueryOptions(query));
}
