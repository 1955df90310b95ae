import { Heading, List, Paragraph } from '@digdir/designsystemet-react';

import { EmptyState } from '../../../components/empty-state';
import { LinkButton } from '../../../components/link-button';
import { MeasureList } from '../../../components/measure-list';
import { routePaths } from '../../../config/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useGoal } from '../api/get-goal';

type GoalPageProps = {
  goalId: number;
  /** The signed-in user keeps the plan (editor or admin). */
  canEdit?: boolean;
};

export function GoalPage({ goalId, canEdit = false }: GoalPageProps) {
  const { data: goal } = useGoal(goalId);
  useDocumentTitle(`Mål ${goal.number}`);

  return (
    <div className="page">
      <Paragraph data-size="sm" className="eyebrow">
        {goal.section.title}
      </Paragraph>
      <Heading level={1} data-size="md" className="goal-heading">
        <span className="goal-heading__number">Mål {goal.number}:</span> {goal.text}
      </Heading>
      {canEdit && (
        <div className="page-actions">
          <LinkButton to={routePaths.editGoal(goal.id)}>Rediger mål</LinkButton>
        </div>
      )}

      {goal.interestPolicy && (
        <section className="page-section">
          <Heading level={2} data-size="sm">
            {goal.interestPolicy.heading}
          </Heading>
          <List.Unordered>
            {goal.interestPolicy.matters.map((matter) => (
              <List.Item key={matter}>{matter}</List.Item>
            ))}
          </List.Unordered>
        </section>
      )}

      <section className="page-section">
        <Heading level={2} data-size="sm">
          Tiltak i handlingsplanen
        </Heading>
        {goal.measures.length > 0 ? (
          <MeasureList measures={goal.measures} label={`Tiltak under mål ${goal.number}`} />
        ) : (
          <EmptyState>Handlingsplanen har ingen tiltak under dette målet.</EmptyState>
        )}
        {canEdit && (
          <div className="page-actions">
            <LinkButton to={routePaths.newMeasure(goal.id)}>Nytt tiltak under dette målet</LinkButton>
          </div>
        )}
      </section>
    </div>
  );
}
