import { describe, expect, it } from 'vitest';

import {
  activeFilterCount,
  isFilterActive,
  measureFilterToSearchParams,
  measureListQuery,
  parseMeasureFilter,
  withoutFilters,
} from './filters';

const parse = (query: string) => parseMeasureFilter(new URLSearchParams(query));

describe('measure filter in the URL', () => {
  it('reads plan, goal, party, role, status, assessment and free text', () => {
    expect(parse('plan=3&goal=5&party=2&role=PARTNER&status=NOT_REPORTED&assessment=OFF_TRACK&q=ungdom')).toEqual({
      plan: 3,
      goal: 5,
      party: 2,
      role: 'PARTNER',
      status: 'NOT_REPORTED',
      assessment: 'OFF_TRACK',
      q: 'ungdom',
    });
  });

  it('writes the same parameters back, so a reload restores the filter', () => {
    const query = 'plan=3&goal=5&party=2&role=LEAD&status=IN_PROGRESS&assessment=AT_RISK&q=Fjellungdom+i+klima';
    expect(measureFilterToSearchParams(parse(query)).toString()).toBe(query);
  });

  it('still reads the Norwegian names links were saved with, and writes the new ones', () => {
    const filter = parse('ansvarlig=2&rolle=LEAD');
    expect(filter).toEqual({ party: 2, role: 'LEAD' });
    expect(measureFilterToSearchParams(filter).toString()).toBe('party=2&role=LEAD');
  });

  it('leaves an empty query string when nothing is filtered', () => {
    expect(measureFilterToSearchParams({}).toString()).toBe('');
    expect(isFilterActive(parse(''))).toBe(false);
  });

  it('ignores values it does not know instead of failing', () => {
    expect(parse('plan=x&goal=-1&party=abc&role=BOSS&status=DONE&assessment=GREEN&q=%20%20')).toEqual({});
    expect(parse('party=0')).toEqual({});
  });

  it('trims the free text and keeps it within what the server accepts', () => {
    expect(parse('q=%20ungdom%20')).toEqual({ q: 'ungdom' });
    expect(parse(`q=${'x'.repeat(250)}`).q).toHaveLength(200);
    expect(measureFilterToSearchParams({ q: '   ' }).toString()).toBe('');
  });

  it('keeps a role without a party: it then means any party in that role', () => {
    expect(parse('role=PARTNER')).toEqual({ role: 'PARTNER' });
    expect(measureListQuery({ role: 'PARTNER' })).toEqual({ role: 'PARTNER' });
  });

  it('counts every narrowing as an active filter, but not the choice of action plan', () => {
    for (const query of ['goal=1', 'party=1', 'role=LEAD', 'status=POSTPONED', 'assessment=ON_TRACK', 'q=a']) {
      expect(isFilterActive(parse(query))).toBe(true);
    }
    expect(isFilterActive(parse('plan=2'))).toBe(false);
    expect(activeFilterCount(parse('plan=2&goal=1&q=a&mangler-rapport=ja'))).toBe(3);
  });

  it('resets the filters but keeps the chosen action plan', () => {
    expect(withoutFilters(parse('plan=2&goal=1&status=COMPLETED'))).toEqual({ plan: 2 });
    expect(withoutFilters(parse('goal=1'))).toEqual({});
  });
});

describe('measureListQuery', () => {
  it('maps the filter onto the API parameters within the action plan', () => {
    expect(
      measureListQuery({ plan: 9, goal: 5, party: 2, role: 'LEAD', status: 'NOT_REPORTED', assessment: 'AT_RISK', q: ' x ' }, 1),
    ).toEqual({
      actionPlan: 1,
      goal: 5,
      party: 2,
      role: 'LEAD',
      status: 'NOT_REPORTED',
      assessment: 'AT_RISK',
      q: 'x',
    });
  });

  it('asks for the whole action plan when nothing is filtered', () => {
    expect(measureListQuery({}, 1)).toEqual({ actionPlan: 1 });
  });
});

describe('the «mangler rapport» filter', () => {
  it('round-trips through the URL and reaches the API as stale=true', () => {
    const filter = parseMeasureFilter(new URLSearchParams('mangler-rapport=ja'));
    expect(filter).toEqual({ stale: true });
    expect(measureFilterToSearchParams(filter).toString()).toBe('mangler-rapport=ja');
    expect(isFilterActive(filter)).toBe(true);
    expect(measureListQuery(filter, 4)).toEqual({ actionPlan: 4, stale: true });
  });
});
