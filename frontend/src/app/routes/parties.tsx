import type { QueryClient } from '@tanstack/react-query';

import { meQueryOptions, useMe } from '../../features/auth/api/get-me';
import { canEditPlan } from '../../features/auth/permissions';
import { partiesQueryOptions } from '../../features/parties/api/get-parties';
import { PartiesPage } from '../../features/parties/components/parties-page';

export const partiesLoader = (queryClient: QueryClient) => async () => {
  void queryClient.prefetchQuery(meQueryOptions());
  await queryClient.fetchQuery(partiesQueryOptions());
  return null;
};

export function PartiesRoute() {
  const { data: user } = useMe();
  return <PartiesPage canEdit={canEditPlan(user)} />;
}
