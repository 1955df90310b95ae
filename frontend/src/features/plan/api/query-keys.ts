export const planKeys = {
  all: ['strategic-plans'] as const,
  current: () => [...planKeys.all, 'current'] as const,
  detail: (planId: number) => [...planKeys.all, 'detail', planId] as const,
  actionPlan: (actionPlanId: number) => ['action-plans', 'detail', actionPlanId] as const,
};
