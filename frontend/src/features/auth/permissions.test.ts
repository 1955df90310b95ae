import { describe, expect, it } from 'vitest';

import type { SignedIn } from '../../lib/api/types';
import { parties, youthMeasure } from '../../testing/fixtures';
import { canEditPlan, canReportOn, isAdmin } from './permissions';

const signedIn = (role: SignedIn['role'], party: SignedIn['party'] = null): SignedIn => ({
  username: role.toLowerCase(),
  displayName: role,
  role,
  party,
  csrfToken: 'x',
});

describe('permissions', () => {
  it('lets admins and editors keep the plan, and only admins administer', () => {
    expect(canEditPlan(signedIn('ADMIN'))).toBe(true);
    expect(canEditPlan(signedIn('EDITOR'))).toBe(true);
    expect(canEditPlan(signedIn('REPORTER', parties.administrasjonen))).toBe(false);
    expect(canEditPlan(null)).toBe(false);
    expect(isAdmin(signedIn('ADMIN'))).toBe(true);
    expect(isAdmin(signedIn('EDITOR'))).toBe(false);
  });

  it('lets a reporter report on measures their party leads or partners in, and no others', () => {
    const { responsibilities } = youthMeasure;
    expect(canReportOn(signedIn('REPORTER', parties.administrasjonen), responsibilities)).toBe(true);
    expect(canReportOn(signedIn('REPORTER', parties.ungtEntreprenorskap), responsibilities)).toBe(true);
    expect(canReportOn(signedIn('REPORTER', parties.arbeidsutvalget), responsibilities)).toBe(false);
    expect(canReportOn(signedIn('REPORTER'), responsibilities)).toBe(false);
    expect(canReportOn(signedIn('EDITOR'), responsibilities)).toBe(true);
    expect(canReportOn(undefined, responsibilities)).toBe(false);
  });
});
