import type { DashboardQuery } from './get-dashboard';

export const dashboardKeys = {
  all: ['dashboard'] as const,
  detail: (query: DashboardQuery) => [...dashboardKeys.all, query.actionPlan ?? null, query.period ?? null] as const,
  actionPlans: () => [...dashboardKeys.all, 'action-plans'] as const,
};
