export const statusReportKeys = {
  all: ['status-reports'] as const,
  lists: () => [...statusReportKeys.all, 'list'] as const,
  list: (actionPlanId: number) => [...statusReportKeys.lists(), actionPlanId] as const,
  detail: (statusReportId: number) => [...statusReportKeys.all, 'detail', statusReportId] as const,
};
