import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { ReviewItem } from '../../../lib/api/types';
import { reviewKeys } from './query-keys';

/** The reports waiting for an editor's approval, oldest first, each with its measure. */
export async function getReportsForReview(): Promise<ReviewItem[]> {
  const { items } = requireData(
    await apiClient.GET('/api/v1/reports', { params: { query: { state: 'SUBMITTED' } } }),
  );
  return items;
}

export const reportsForReviewQueryOptions = () =>
  queryOptions({
    queryKey: reviewKeys.waiting(),
    queryFn: getReportsForReview,
  });

export function useReportsForReview() {
  return useSuspenseQuery(reportsForReviewQueryOptions());
}
