import type { QueryClient } from '@tanstack/react-query';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';

import { meQueryOptions, useMe } from '../../features/auth/api/get-me';
import { canEditPlan } from '../../features/auth/permissions';
import { statusReportQueryOptions } from '../../features/status-reports/api/get-status-report';
import { CorrectStatusReport } from '../../features/status-reports/components/correct-status-report';
import { StatusReportPage } from '../../features/status-reports/components/status-report-page';
import { requireId } from './route-params';

export const statusReportLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const statusReportId = requireId(params.statusReportId);
    // Who is signed in only adds the correction form; the public report does not wait for it.
    void queryClient.prefetchQuery(meQueryOptions());
    await queryClient.fetchQuery(statusReportQueryOptions(statusReportId));
    return { statusReportId };
  };

export function StatusReportRoute() {
  const { statusReportId } = useLoaderData<ReturnType<typeof statusReportLoader>>();
  const { data: user } = useMe();
  return (
    <StatusReportPage
      key={statusReportId}
      statusReportId={statusReportId}
      editorTools={canEditPlan(user) ? (report) => <CorrectStatusReport report={report} /> : undefined}
    />
  );
}
