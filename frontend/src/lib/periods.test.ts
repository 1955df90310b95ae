import { describe, expect, it } from 'vitest';

import { periodsOfActionPlan } from '../testing/fixtures';
import { defaultPeriodId } from './periods';

const id = (label: string) => periodsOfActionPlan.find((period) => period.label === label)!.id;

describe('the period a new report defaults to', () => {
  it('is the tertial containing today rather than the year that contains it too', () => {
    expect(defaultPeriodId(periodsOfActionPlan, '2022-03-15')).toBe(id('1. tertial 2022'));
    expect(defaultPeriodId(periodsOfActionPlan, '2021-08-31')).toBe(id('2. tertial 2021'));
  });

  it('is the annual report from September to December, when no tertial runs', () => {
    expect(defaultPeriodId(periodsOfActionPlan, '2021-10-01')).toBe(id('Årsrapport 2021'));
  });

  it('is the period that ended last once the plan is over', () => {
    expect(defaultPeriodId(periodsOfActionPlan, '2026-12-01')).toBe(id('Årsrapport 2022'));
  });

  it('skips locked periods', () => {
    const locked = periodsOfActionPlan.map((period) =>
      period.label === '1. tertial 2022' ? { ...period, locked: true } : period,
    );
    expect(defaultPeriodId(locked, '2022-03-15')).toBe(id('Årsrapport 2022'));
  });
});
