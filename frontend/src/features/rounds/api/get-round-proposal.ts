import { keepPreviousData, queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { RoundProposal } from '../../../lib/api/types';
import { roundKeys } from './query-keys';

/** The periods to choose from and, for a chosen period, its measures with a new round's defaults. */
export async function getRoundProposal(periodId: number | null): Promise<RoundProposal> {
  return requireData(
    await apiClient.GET('/api/v1/rounds/proposal', {
      params: { query: periodId === null ? {} : { periodId } },
    }),
  );
}

export const roundProposalQueryOptions = (periodId: number | null) =>
  queryOptions({ queryKey: roundKeys.proposal(periodId), queryFn: () => getRoundProposal(periodId), staleTime: 0 });

/** The periods; loaded before the page shows. */
export function useRoundPeriods() {
  return useSuspenseQuery(roundProposalQueryOptions(null));
}

/** The chosen period's measures; fetched when a period is chosen. */
export function useRoundProposal(periodId: number | null) {
  return useQuery({ ...roundProposalQueryOptions(periodId), enabled: periodId !== null, placeholderData: keepPreviousData });
}
