import { describe, expect, it } from 'vitest';

import { dashboardSearch, overviewLink, parseDashboardQuery } from './search-params';

describe('the dashboard’s addresses', () => {
  it('reads plan and period from its URL, ignoring what is not an id', () => {
    expect(parseDashboardQuery(new URLSearchParams('plan=2&period=105'))).toEqual({ actionPlan: 2, period: 105 });
    expect(parseDashboardQuery(new URLSearchParams('plan=abc&period=0'))).toEqual({});
    expect(dashboardSearch({ actionPlan: 2, period: 105 })).toBe('?plan=2&period=105');
    expect(dashboardSearch({})).toBe('');
  });

  it('links a number to the overview filtered to the measures it counts', () => {
    expect(overviewLink(1)).toBe('/?plan=1');
    expect(overviewLink(1, { goal: 7, status: 'COMPLETED' })).toBe('/?plan=1&goal=7&status=COMPLETED');
    expect(overviewLink(1, { party: 3, role: 'LEAD', status: 'NOT_REPORTED' })).toBe(
      '/?plan=1&party=3&role=LEAD&status=NOT_REPORTED',
    );
    expect(overviewLink(1, { assessment: 'AT_RISK' })).toBe('/?plan=1&assessment=AT_RISK');
  });
});
