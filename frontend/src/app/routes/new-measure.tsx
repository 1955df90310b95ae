import type { QueryClient } from '@tanstack/react-query';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';

import { NotFound } from '../../components/not-found';
import { newMeasureGoalParam } from '../../config/paths';
import { canEditPlan } from '../../features/auth/permissions';
import { CreateMeasurePage } from '../../features/measures/components/create-measure-page';
import {
  currentActionPlan,
  currentStrategicPlanQueryOptions,
  useCurrentStrategicPlan,
} from '../../features/plan/api/get-current-strategic-plan';
import { planGoals } from '../../features/plan/goals';
import { parseId } from '../../lib/ids';
import { requireUser } from './guards';

export const newMeasureLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, canEditPlan);
    await queryClient.fetchQuery(currentStrategicPlanQueryOptions());
    return null;
  };

export function NewMeasureRoute() {
  const [searchParams] = useSearchParams();
  const { data: plan } = useCurrentStrategicPlan();
  const actionPlan = currentActionPlan(plan);
  if (!actionPlan) return <NotFound />;
  return (
    <CreateMeasurePage
      actionPlan={actionPlan}
      goals={planGoals(plan)}
      initialGoalId={parseId(searchParams.get(newMeasureGoalParam)) ?? undefined}
    />
  );
}
