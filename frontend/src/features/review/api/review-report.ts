import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, ifMatch, requireData } from '../../../lib/api/client';
import type { Report } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';

export type ReviewTarget = { measureId: number; reportId: number; version: number };

/** Approves a submitted report: it becomes public. */
export async function approveReport({ measureId, reportId, version }: ReviewTarget): Promise<Report> {
  return requireData(
    await apiClient.POST('/api/v1/measures/{measureId}/reports/{id}/approve', {
      params: { path: { measureId, id: reportId }, header: { 'If-Match': ifMatch(version) } },
    }),
  );
}

/** Sends a submitted report back to its author with what to correct. */
export async function returnReport({
  measureId,
  reportId,
  version,
  comment,
}: ReviewTarget & { comment: string }): Promise<Report> {
  return requireData(
    await apiClient.POST('/api/v1/measures/{measureId}/reports/{id}/return', {
      params: { path: { measureId, id: reportId }, header: { 'If-Match': ifMatch(version) } },
      body: { comment },
    }),
  );
}

export function useApproveReport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: approveReport, onSuccess: () => invalidateAfterChange(queryClient) });
}

export function useReturnReport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: returnReport, onSuccess: () => invalidateAfterChange(queryClient) });
}
