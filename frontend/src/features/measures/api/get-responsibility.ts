import { queryOptions } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { Responsibility } from '../../../lib/api/types';
import { measureKeys } from './query-keys';

export async function getResponsibility(measureId: number, responsibilityId: number): Promise<Responsibility> {
  return requireData(
    await apiClient.GET('/api/v1/measures/{measureId}/responsibilities/{id}', {
      params: { path: { measureId: measureId, id: responsibilityId } },
    }),
  );
}

/** One responsibility, as the editor compares against it when someone else saved first. */
export const responsibilityQueryOptions = (measureId: number, responsibilityId: number) =>
  queryOptions({
    queryKey: measureKeys.responsibility(measureId, responsibilityId),
    queryFn: () => getResponsibility(measureId, responsibilityId),
  });
