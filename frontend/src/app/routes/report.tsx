import type { QueryClient } from '@tanstack/react-query';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';

import { canReportOn } from '../../features/auth/permissions';
import { measureQueryOptions } from '../../features/measures/api/get-measure';
import { measureReportQueryOptions } from '../../features/measures/api/get-measure-report';
import { CorrectReportPage } from '../../features/measures/components/correct-report-page';
import { NewReportPage } from '../../features/measures/components/new-report-page';
import { actionPlanPeriodsQueryOptions } from '../../lib/periods';
import { requireUser } from './guards';
import { requireId } from './route-params';

/** Editors, and reporters of a party that leads or partners in the measure. */
async function requireReporter(queryClient: QueryClient, request: Request, measureId: number) {
  const measure = await queryClient.fetchQuery(measureQueryOptions(measureId));
  await requireUser(queryClient, request, (user) => canReportOn(user, measure.responsibilities));
  // The periods the form offers, fresh: one may have been locked since.
  await queryClient.fetchQuery({ ...actionPlanPeriodsQueryOptions(measure.actionPlan.id), staleTime: 0 });
}

export const newReportLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const measureId = requireId(params.measureId);
    await requireReporter(queryClient, request, measureId);
    return { measureId };
  };

export function NewReportRoute() {
  const { measureId } = useLoaderData<ReturnType<typeof newReportLoader>>();
  return <NewReportPage key={measureId} measureId={measureId} />;
}

export const correctReportLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const measureId = requireId(params.measureId);
    const reportId = requireId(params.reportId);
    await requireReporter(queryClient, request, measureId);
    // Always the current version: the user corrects from here.
    await queryClient.fetchQuery({ ...measureReportQueryOptions(measureId, reportId), staleTime: 0 });
    return { measureId, reportId };
  };

export function CorrectReportRoute() {
  const { measureId, reportId } = useLoaderData<ReturnType<typeof correctReportLoader>>();
  return <CorrectReportPage key={reportId} measureId={measureId} reportId={reportId} />;
}
