import { describe, expect, it } from 'vitest';

import { isFilterActive, measureFilterToSearchParams, measureListQuery, parseMeasureFilter } from './filters';

const parse = (query: string) => parseMeasureFilter(new URLSearchParams(query));

describe('measure filter in the URL', () => {
  it('reads party, role and status from the Norwegian query parameters', () => {
    expect(parse('ansvarlig=2&rolle=PARTNER&status=NOT_REPORTED')).toEqual({
      party: 2,
      role: 'PARTNER',
      status: 'NOT_REPORTED',
    });
  });

  it('writes the same parameters back, so a reload restores the filter', () => {
    const query = 'ansvarlig=2&rolle=LEAD&status=IN_PROGRESS';
    expect(measureFilterToSearchParams(parse(query)).toString()).toBe(query);
  });

  it('leaves an empty query string when nothing is filtered', () => {
    expect(measureFilterToSearchParams({}).toString()).toBe('');
    expect(isFilterActive(parse(''))).toBe(false);
  });

  it('ignores values it does not know instead of failing', () => {
    expect(parse('ansvarlig=abc&rolle=BOSS&status=DONE')).toEqual({});
    expect(parse('ansvarlig=0')).toEqual({});
  });

  it('keeps a role without a party: it then means any party in that role', () => {
    expect(parse('rolle=PARTNER')).toEqual({ role: 'PARTNER' });
    expect(measureListQuery({ role: 'PARTNER' })).toEqual({ role: 'PARTNER' });
  });

  it('counts a party, a role or a status as an active filter', () => {
    expect(isFilterActive(parse('ansvarlig=1'))).toBe(true);
    expect(isFilterActive(parse('rolle=LEAD'))).toBe(true);
    expect(isFilterActive(parse('status=POSTPONED'))).toBe(true);
  });
});

describe('measureListQuery', () => {
  it('maps the filter onto the API parameters within the action plan', () => {
    expect(measureListQuery({ party: 2, role: 'LEAD', status: 'NOT_REPORTED' }, 1)).toEqual({
      actionPlan: 1,
      party: 2,
      role: 'LEAD',
      status: 'NOT_REPORTED',
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
