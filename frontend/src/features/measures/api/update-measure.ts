import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, ifMatch, requireData } from '../../../lib/api/client';
import type { Measure, MeasureUpdate } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';
import { measureKeys } from './query-keys';

export type UpdateMeasureArgs = {
  measureId: number;
  /** The version the user started editing from; a newer one on the server gives 412. */
  version: number;
  input: MeasureUpdate;
};

export async function updateMeasure({ measureId, version, input }: UpdateMeasureArgs): Promise<Measure> {
  return requireData(
    await apiClient.PUT('/api/v1/measures/{id}', {
      params: { path: { id: measureId }, header: { 'If-Match': ifMatch(version) } },
      body: input,
    }),
  );
}

export function useUpdateMeasure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMeasure,
    onSuccess: (measure) => {
      queryClient.setQueryData(measureKeys.detail(measure.id), measure);
      return invalidateAfterChange(queryClient);
    },
  });
}
