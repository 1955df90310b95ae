import type { QueryClient } from '@tanstack/react-query';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';

import { meQueryOptions, useMe } from '../../features/auth/api/get-me';
import { canEditPlan, canReportOn } from '../../features/auth/permissions';
import { measureQueryOptions, useMeasure } from '../../features/measures/api/get-measure';
import { measureHistoryQueryOptions } from '../../features/measures/api/get-measure-history';
import { measureReportsQueryOptions } from '../../features/measures/api/get-measure-reports';
import { MeasurePage } from '../../features/measures/components/measure-page';
import { requireId } from './route-params';

export const measureLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const measureId = requireId(params.measureId);
    // Who is signed in only adds buttons; the public page does not wait for it or fail with it.
    void queryClient.prefetchQuery(meQueryOptions());
    await Promise.all([
      queryClient.fetchQuery(measureQueryOptions(measureId)),
      queryClient.fetchQuery(measureReportsQueryOptions(measureId)),
      queryClient.fetchQuery(measureHistoryQueryOptions(measureId)),
    ]);
    return { measureId };
  };

export function MeasureRoute() {
  const { measureId } = useLoaderData<ReturnType<typeof measureLoader>>();
  const { data: user } = useMe();
  const { data: measure } = useMeasure(measureId);
  return (
    <MeasurePage
      measureId={measureId}
      canEdit={canEditPlan(user)}
      canReport={canReportOn(user, measure.responsibilities)}
    />
  );
}
