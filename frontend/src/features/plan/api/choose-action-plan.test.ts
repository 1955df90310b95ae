import { describe, expect, it } from 'vitest';

import type { ActionPlan, StrategicPlan } from '../../../lib/api/types';
import { strategicPlan } from '../../../testing/fixtures';
import { chooseActionPlan } from './get-action-plans-with-measures';

const adopted = strategicPlan.actionPlans[0]!;
const actionPlan = (id: number, periodStart: number, adoptedOn: string | null): ActionPlan => ({
  ...adopted,
  id,
  code: `${periodStart}`,
  periodStart,
  periodEnd: periodStart + 1,
  adoptedOn,
});
const withActionPlans = (...actionPlans: ActionPlan[]): StrategicPlan => ({ ...strategicPlan, actionPlans });

describe('the action plan the overview shows', () => {
  it('is the newest adopted one with measures, not a newer one without measures', () => {
    const plan = withActionPlans(adopted, actionPlan(2, 2023, '2023-05-30'));
    expect(chooseActionPlan(plan, [1])?.id).toBe(1);
  });

  it('prefers an adopted plan with measures over a newer draft with measures', () => {
    const plan = withActionPlans(adopted, actionPlan(2, 2023, null));
    expect(chooseActionPlan(plan, [1, 2])?.id).toBe(1);
    expect(chooseActionPlan(withActionPlans(adopted, actionPlan(3, 2023, '2023-05-30')), [1, 3])?.id).toBe(3);
  });

  it('falls back to the newest with measures, then to the newest', () => {
    const plan = withActionPlans(actionPlan(1, 2021, null), actionPlan(2, 2023, null));
    expect(chooseActionPlan(plan, [1])?.id).toBe(1);
    expect(chooseActionPlan(plan, [])?.id).toBe(2);
    expect(chooseActionPlan(withActionPlans(), [])).toBeUndefined();
  });

  it('is the one asked for in the URL when the plan has it', () => {
    const plan = withActionPlans(adopted, actionPlan(2, 2023, '2023-05-30'));
    expect(chooseActionPlan(plan, [1], 2)?.id).toBe(2);
    expect(chooseActionPlan(plan, [1], 99)?.id).toBe(1);
  });
});
