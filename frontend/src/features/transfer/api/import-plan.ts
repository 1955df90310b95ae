import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { ImportSummary, PlanDocument } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';

export type ImportPlanArgs = {
  /** The plan file as the user chose it: sent byte for byte, so the server judges exactly what the file says. */
  fileText: string;
  dryRun: boolean;
};

export async function importPlan({ fileText, dryRun }: ImportPlanArgs): Promise<ImportSummary> {
  const result = await apiClient.POST('/api/v1/import/plan', {
    params: { query: { dryRun } },
    // The typed body is the parsed document; the file's own text is sent instead of a re-serialized copy.
    body: fileText as unknown as PlanDocument,
    bodySerializer: (body) => body as unknown as string,
    headers: { 'Content-Type': 'application/json' },
  });
  return requireData(result);
}

/** A dry run changes nothing; a real import may change any part of the plan, so everything is marked stale. */
export function useImportPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importPlan,
    onSuccess: async (_summary, { dryRun }) => {
      if (!dryRun) await invalidateAfterChange(queryClient);
    },
  });
}
