import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';

import { AppLink } from '../../../components/app-link';
import { MeasureTable } from '../../../components/measure-list';
import { routePaths } from '../../../config/paths';
import type { GoalHeadline, Measure, PlanSection } from '../../../lib/api/types';
import { isWideWindow } from '../../../lib/wide-window';

type GoalsOverviewProps = {
  sections: readonly PlanSection[];
  measures: readonly Measure[];
  /** While filtering, goals without a matching measure are left out. */
  hideGoalsWithoutMeasures: boolean;
};

/** The in-page anchor of a goal on the overview, e.g. `#mal-5`. */
export const goalAnchor = (goal: Pick<GoalHeadline, 'number'>) => `mal-${goal.number}`;

function groupByGoal(measures: readonly Measure[]): Map<number, Measure[]> {
  const byGoal = new Map<number, Measure[]>();
  for (const measure of measures) {
    const list = byGoal.get(measure.goal.id) ?? [];
    list.push(measure);
    byGoal.set(measure.goal.id, list);
  }
  return byGoal;
}

function shownSections({ sections, measures, hideGoalsWithoutMeasures }: GoalsOverviewProps) {
  const measuresByGoal = groupByGoal(measures);
  return sections
    .map((section) => ({
      section,
      goals: section.goals
        .map((goal) => ({ goal, measures: measuresByGoal.get(goal.id) ?? [] }))
        .filter(({ measures: goalMeasures }) => !hideGoalsWithoutMeasures || goalMeasures.length > 0),
    }))
    .filter(({ goals }) => goals.length > 0);
}

/** «Gå til mål»: a short list of in-page links, one per goal shown. */
export function GoalJumpLinks(props: GoalsOverviewProps) {
  const goals = shownSections(props).flatMap(({ goals: shown }) => shown.map(({ goal }) => goal));
  if (goals.length < 2) return null;
  return (
    <Details className="goal-jump-links" data-size="sm" defaultOpen={isWideWindow()}>
      <Details.Summary>Gå til mål</Details.Summary>
      <Details.Content>
        <nav aria-label="Gå til mål">
          <ul className="inline-list goal-jump-links__list">
            {goals.map((goal) => (
              <li key={goal.id}>
                <a href={`#${goalAnchor(goal)}`}>Mål {goal.number}</a>
              </li>
            ))}
          </ul>
        </nav>
      </Details.Content>
    </Details>
  );
}

/** Goals under their section headings, each with the action plan's measures for it as compact rows. */
export function GoalsOverview(props: GoalsOverviewProps) {
  return shownSections(props).map(({ section, goals }) => (
    <section key={section.id} className="plan-section">
      <Heading level={3} data-size="xs">
        {section.title}
      </Heading>
      {goals.map(({ goal, measures: goalMeasures }) => (
        <div key={goal.id} className="goal" id={goalAnchor(goal)}>
          <Heading level={4} data-size="2xs" className="goal__heading">
            Mål {goal.number}
          </Heading>
          <Paragraph data-size="sm" className="goal__text">
            <AppLink to={routePaths.goal(goal.id)}>{goal.text}</AppLink>
          </Paragraph>
          {goalMeasures.length > 0 ? (
            <MeasureTable measures={goalMeasures} label={`Tiltak under mål ${goal.number}`} />
          ) : (
            <Paragraph data-size="sm">Ingen tiltak i handlingsplanen under dette målet.</Paragraph>
          )}
        </div>
      ))}
    </section>
  ));
}
