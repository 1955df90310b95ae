import type { QueryClient } from '@tanstack/react-query';

import { EmbedBuilderPage } from '../../features/embed/components/embed-builder-page';
import { measuresQueryOptions, useMeasures } from '../../features/measures/api/get-measures';
import { measureListQuery } from '../../features/measures/filters';
import { partiesQueryOptions, useParties } from '../../features/parties/api/get-parties';
import {
  currentActionPlan,
  currentStrategicPlanQueryOptions,
  useCurrentStrategicPlan,
} from '../../features/plan/api/get-current-strategic-plan';

export const embedLoader = (queryClient: QueryClient) => async () => {
  const plan = await queryClient.fetchQuery(currentStrategicPlanQueryOptions());
  await Promise.all([
    queryClient.fetchQuery(measuresQueryOptions(measureListQuery({}, currentActionPlan(plan)?.id))),
    queryClient.fetchQuery(partiesQueryOptions()),
  ]);
  return null;
};

/** «Bygg inn» offers the goals and measures of the plan in force, as the overview shows them. */
export function EmbedRoute() {
  const { data: plan } = useCurrentStrategicPlan();
  const { data: measures } = useMeasures(measureListQuery({}, currentActionPlan(plan)?.id));
  const { data: parties } = useParties();
  const goals = plan.sections.flatMap((section) => section.goals);
  return <EmbedBuilderPage goals={goals} measures={measures} parties={parties} origin={window.location.origin} />;
}
