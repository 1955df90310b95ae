import type { AuditEventQuery } from '../../lib/api/types';
import { entityTypeLabels } from '../../lib/format/changes';

export const auditEntityTypes = Object.keys(entityTypeLabels);

export const auditParamNames = { entityType: 'type', actor: 'av' } as const;

export const AUDIT_PAGE_SIZE = 200;

/** The filter in the page's address, so it survives reload and can be shared; unknown types are ignored. */
export function auditQueryFrom(params: URLSearchParams): AuditEventQuery {
  const query: AuditEventQuery = { limit: AUDIT_PAGE_SIZE };
  const entityType = params.get(auditParamNames.entityType);
  const actor = params.get(auditParamNames.actor)?.trim();
  if (entityType && auditEntityTypes.includes(entityType)) query.entityType = entityType;
  if (actor) query.actor = actor;
  return query;
}

export function auditSearchParams({ entityType, actor }: { entityType: string; actor: string }): URLSearchParams {
  const params = new URLSearchParams();
  if (entityType) params.set(auditParamNames.entityType, entityType);
  if (actor.trim()) params.set(auditParamNames.actor, actor.trim());
  return params;
}
