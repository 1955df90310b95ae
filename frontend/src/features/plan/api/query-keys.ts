export const planKeys = {
  all: ['strategic-plans'] as const,
  current: () => [...planKeys.all, 'current'] as const,
  detail: (planId: number) => [...planKeys.all, 'detail', planId] as const,
  /** Keyed by the action plans too: a new or deleted action plan asks again. */
  withMeasures: (planId: number, actionPlanIds: readonly number[]) =>
    [...planKeys.all, 'with-measures', planId, actionPlanIds] as const,
  actionPlan: (actionPlanId: number) => ['action-plans', 'detail', actionPlanId] as const,
};
