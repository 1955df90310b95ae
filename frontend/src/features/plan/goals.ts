import type { GoalHeadline, StrategicPlan } from '../../lib/api/types';

/** Every goal of the plan, in the plan's order across its sections. */
export function planGoals(plan: StrategicPlan): GoalHeadline[] {
  return plan.sections.flatMap((section) => section.goals);
}
