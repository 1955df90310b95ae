import type { QueryClient } from '@tanstack/react-query';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';

import { meQueryOptions, useMe } from '../../features/auth/api/get-me';
import { canEditPlan } from '../../features/auth/permissions';
import { goalQueryOptions } from '../../features/goals/api/get-goal';
import { GoalPage } from '../../features/goals/components/goal-page';
import { requireId } from './route-params';

export const goalLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const goalId = requireId(params.goalId);
    void queryClient.prefetchQuery(meQueryOptions());
    await queryClient.fetchQuery(goalQueryOptions(goalId));
    return { goalId };
  };

export function GoalRoute() {
  const { goalId } = useLoaderData<ReturnType<typeof goalLoader>>();
  const { data: user } = useMe();
  return <GoalPage goalId={goalId} canEdit={canEditPlan(user)} />;
}
