import { Heading, Paragraph } from '@digdir/designsystemet-react';

import { AppLink } from '../../../components/app-link';
import { MeasureList } from '../../../components/measure-list';
import { routePaths } from '../../../config/paths';
import type { Measure, PlanSection } from '../../../lib/api/types';

type GoalsOverviewProps = {
  sections: readonly PlanSection[];
  measures: readonly Measure[];
  /** While filtering, goals without a matching measure are left out. */
  hideGoalsWithoutMeasures: boolean;
};

function groupByGoal(measures: readonly Measure[]): Map<number, Measure[]> {
  const byGoal = new Map<number, Measure[]>();
  for (const measure of measures) {
    const list = byGoal.get(measure.goal.id) ?? [];
    list.push(measure);
    byGoal.set(measure.goal.id, list);
  }
  return byGoal;
}

/** Goals under their section headings, each with the action plan's measures for it. */
export function GoalsOverview({ sections, measures, hideGoalsWithoutMeasures }: GoalsOverviewProps) {
  const measuresByGoal = groupByGoal(measures);

  return sections.map((section) => {
    const goals = section.goals
      .map((goal) => ({ goal, measures: measuresByGoal.get(goal.id) ?? [] }))
      .filter(({ measures: goalMeasures }) => !hideGoalsWithoutMeasures || goalMeasures.length > 0);
    if (goals.length === 0) return null;

    return (
      <section key={section.id} className="plan-section">
        <Heading level={3} data-size="sm">
          {section.title}
        </Heading>
        {goals.map(({ goal, measures: goalMeasures }) => (
          <div key={goal.id} className="goal">
            <Heading level={4} data-size="xs">
              Mål {goal.number}
            </Heading>
            <Paragraph>
              <AppLink to={routePaths.goal(goal.id)}>{goal.text}</AppLink>
            </Paragraph>
            {goalMeasures.length > 0 ? (
              <MeasureList measures={goalMeasures} label={`Tiltak under mål ${goal.number}`} />
            ) : (
              <Paragraph data-size="sm">Ingen tiltak i handlingsplanen under dette målet.</Paragraph>
            )}
          </div>
        ))}
      </section>
    );
  });
}
