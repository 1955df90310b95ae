import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { ReviewItem } from '../../../lib/api/types';
import { reviewKeys } from './query-keys';

/** The signed-in user's reports that are not approved yet: drafts, waiting, sent back. */
export async function getMyReports(): Promise<ReviewItem[]> {
  const { items } = requireData(await apiClient.GET('/api/v1/reports/mine'));
  return items;
}

export const myReportsQueryOptions = () =>
  queryOptions({
    queryKey: reviewKeys.mine(),
    queryFn: getMyReports,
  });

export function useMyReports() {
  return useSuspenseQuery(myReportsQueryOptions());
}
