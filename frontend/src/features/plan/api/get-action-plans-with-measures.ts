import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { ActionPlan, StrategicPlan } from '../../../lib/api/types';
import { planKeys } from './query-keys';

/** The ids of the plan's action plans that have at least one measure: one single-item page each. */
export async function getActionPlansWithMeasures(plan: StrategicPlan): Promise<number[]> {
  const found = await Promise.all(
    plan.actionPlans.map(async (actionPlan) => {
      const { items } = requireData(
        await apiClient.GET('/api/v1/measures', { params: { query: { actionPlan: actionPlan.id, limit: 1 } } }),
      );
      return items.length > 0 ? actionPlan.id : null;
    }),
  );
  return found.filter((id): id is number => id !== null);
}

export const actionPlansWithMeasuresQueryOptions = (plan: StrategicPlan) =>
  queryOptions({
    queryKey: planKeys.withMeasures(plan.id, plan.actionPlans.map((actionPlan) => actionPlan.id)),
    queryFn: () => getActionPlansWithMeasures(plan),
  });

export function useActionPlansWithMeasures(plan: StrategicPlan) {
  return useSuspenseQuery(actionPlansWithMeasuresQueryOptions(plan));
}

const newestFirst = (a: ActionPlan, b: ActionPlan) =>
  b.periodStart - a.periodStart || (b.adoptedOn ?? '').localeCompare(a.adoptedOn ?? '') || b.id - a.id;

/**
 * The action plan the overview shows: the one asked for when the plan has it; else the newest adopted action
 * plan that has measures, so a newly created, empty plan does not hide the one in force; else the newest with
 * measures; else the newest.
 */
export function chooseActionPlan(
  plan: StrategicPlan,
  withMeasures: readonly number[],
  requestedId?: number,
): ActionPlan | undefined {
  const requested = plan.actionPlans.find((actionPlan) => actionPlan.id === requestedId);
  if (requested) return requested;
  const sorted = [...plan.actionPlans].sort(newestFirst);
  const hasMeasures = (actionPlan: ActionPlan) => withMeasures.includes(actionPlan.id);
  return (
    sorted.find((actionPlan) => actionPlan.adoptedOn && hasMeasures(actionPlan)) ??
    sorted.find(hasMeasures) ??
    sorted[0]
  );
}
