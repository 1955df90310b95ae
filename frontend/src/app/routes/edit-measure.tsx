import type { QueryClient } from '@tanstack/react-query';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';

import { canEditPlan } from '../../features/auth/permissions';
import { measureQueryOptions } from '../../features/measures/api/get-measure';
import { EditMeasurePage } from '../../features/measures/components/edit-measure-page';
import { partiesQueryOptions, useParties } from '../../features/parties/api/get-parties';
import { currentStrategicPlanQueryOptions, useCurrentStrategicPlan } from '../../features/plan/api/get-current-strategic-plan';
import { planGoals } from '../../features/plan/goals';
import { requireUser } from './guards';
import { requireId } from './route-params';

export const editMeasureLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const measureId = requireId(params.measureId);
    await requireUser(queryClient, request, canEditPlan);
    // Always the current version: the user edits from here, and a stale copy would only end in a conflict.
    await Promise.all([
      queryClient.fetchQuery({ ...measureQueryOptions(measureId), staleTime: 0 }),
      queryClient.fetchQuery(currentStrategicPlanQueryOptions()),
      queryClient.fetchQuery(partiesQueryOptions()),
    ]);
    return { measureId };
  };

export function EditMeasureRoute() {
  const { measureId } = useLoaderData<ReturnType<typeof editMeasureLoader>>();
  const { data: plan } = useCurrentStrategicPlan();
  const { data: parties } = useParties();
  // A new key per measure: the form starts again from the measure it edits.
  return <EditMeasurePage key={measureId} measureId={measureId} goals={planGoals(plan)} parties={parties} />;
}
