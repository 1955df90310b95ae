import type { QueryClient } from '@tanstack/react-query';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';

import { goalQueryOptions } from '../../features/goals/api/get-goal';
import { GoalPage } from '../../features/goals/components/goal-page';
import { requireId } from './route-params';

export const goalLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const goalId = requireId(params.goalId);
    await queryClient.ensureQueryData(goalQueryOptions(goalId));
    return { goalId };
  };

export function GoalRoute() {
  const { goalId } = useLoaderData<ReturnType<typeof goalLoader>>();
  return <GoalPage goalId={goalId} />;
}
