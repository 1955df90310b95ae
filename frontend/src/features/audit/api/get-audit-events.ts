import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { AuditEvent, AuditEventQuery } from '../../../lib/api/types';
import { auditKeys } from './query-keys';

/** Every recorded change, newest first (admins only). */
export async function getAuditEvents(query: AuditEventQuery): Promise<AuditEvent[]> {
  const { items } = requireData(await apiClient.GET('/api/v1/audit-events', { params: { query } }));
  return items;
}

export const auditEventsQueryOptions = (query: AuditEventQuery) =>
  queryOptions({
    queryKey: auditKeys.list(query),
    queryFn: () => getAuditEvents(query),
  });

export function useAuditEvents(query: AuditEventQuery) {
  return useSuspenseQuery(auditEventsQueryOptions(query));
}
