import type { QueryClient } from '@tanstack/react-query';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';

import { measureQueryOptions } from '../../features/measures/api/get-measure';
import { measureReportsQueryOptions } from '../../features/measures/api/get-measure-reports';
import { MeasurePage } from '../../features/measures/components/measure-page';
import { requireId } from './route-params';

export const measureLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const measureId = requireId(params.measureId);
    await Promise.all([
      queryClient.ensureQueryData(measureQueryOptions(measureId)),
      queryClient.ensureQueryData(measureReportsQueryOptions(measureId)),
    ]);
    return { measureId };
  };

export function MeasureRoute() {
  const { measureId } = useLoaderData<ReturnType<typeof measureLoader>>();
  return <MeasurePage measureId={measureId} />;
}
