import type { QueryClient } from '@tanstack/react-query';
import { useLocation, type LoaderFunctionArgs } from 'react-router';

import { meQueryOptions } from '../../features/auth/api/get-me';
import { actionPlansQueryOptions, dashboardQueryOptions } from '../../features/dashboard/api/get-dashboard';
import { DashboardPage } from '../../features/dashboard/components/dashboard-page';
import { parseDashboardQuery } from '../../features/dashboard/search-params';
import { StatusReportList } from '../../features/status-reports/components/status-report-list';
import { actionPlanPeriodsQueryOptions } from '../../lib/periods';

export const dashboardLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const query = parseDashboardQuery(new URL(request.url).searchParams);
    void queryClient.prefetchQuery(meQueryOptions());
    const [dashboard] = await Promise.all([
      queryClient.fetchQuery(dashboardQueryOptions(query)),
      queryClient.fetchQuery(actionPlansQueryOptions()),
    ]);
    await queryClient.fetchQuery(actionPlanPeriodsQueryOptions(dashboard.actionPlan.id));
    return null;
  };

export function DashboardRoute() {
  const { search } = useLocation();
  return (
    <DashboardPage
      query={parseDashboardQuery(new URLSearchParams(search))}
      statusReports={(actionPlanId) => <StatusReportList actionPlanId={actionPlanId} />}
    />
  );
}
