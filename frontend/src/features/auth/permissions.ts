import type { Responsibility, Role, SignedIn } from '../../lib/api/types';

const EDITOR_ROLES: readonly Role[] = ['ADMIN', 'EDITOR'];

/** Admins and editors keep the plan: plans, goals, measures, parties, responsibilities and any report. */
export function canEditPlan(user: SignedIn | null | undefined): boolean {
  return !!user && EDITOR_ROLES.includes(user.role);
}

export function isAdmin(user: SignedIn | null | undefined): boolean {
  return user?.role === 'ADMIN';
}

/** Editors report on every measure; a reporter on the measures their party leads or partners in. */
export function canReportOn(user: SignedIn | null | undefined, responsibilities: readonly Responsibility[]): boolean {
  if (!user) return false;
  if (canEditPlan(user)) return true;
  if (user.role !== 'REPORTER' || !user.party) return false;
  const partyId = user.party.id;
  return responsibilities.some(({ party }) => party.id === partyId);
}
