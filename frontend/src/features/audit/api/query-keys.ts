import type { AuditEventQuery } from '../../../lib/api/types';

export const auditKeys = {
  all: ['audit-events'] as const,
  list: (query: AuditEventQuery) => [...auditKeys.all, 'list', query] as const,
};
