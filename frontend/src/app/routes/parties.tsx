import type { QueryClient } from '@tanstack/react-query';

import { partiesQueryOptions } from '../../features/parties/api/get-parties';

export { PartiesPage as PartiesRoute } from '../../features/parties/components/parties-page';

export const partiesLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(partiesQueryOptions());
  return null;
};
