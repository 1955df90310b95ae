import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { Obligation } from '../../../lib/api/types';
import { roundKeys } from './query-keys';

/** «Mine tiltak»: what my party must report on in the open rounds. */
export async function getObligations(): Promise<Obligation[]> {
  const { items } = requireData(await apiClient.GET('/api/v1/me/obligations'));
  return items;
}

export const obligationsQueryOptions = () =>
  queryOptions({ queryKey: roundKeys.obligations(), queryFn: getObligations, staleTime: 0 });

export function useObligations() {
  return useSuspenseQuery(obligationsQueryOptions());
}
