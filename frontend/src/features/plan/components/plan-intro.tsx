import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';

import { AppLink } from '../../../components/app-link';
import { LinkButton } from '../../../components/link-button';
import { routePaths } from '../../../config/paths';
import type { ActionPlan, StrategicPlan } from '../../../lib/api/types';
import { formatAdoption, formatPeriod } from '../../../lib/format/date';

type PlanDocument = Pick<ActionPlan, 'title' | 'periodStart' | 'periodEnd' | 'adoptedBy' | 'adoptedOn'>;

type PlanDocumentCardProps = {
  kind: string;
  document: PlanDocument;
  /** Where an editor changes the document. */
  editTo?: string;
};

function PlanDocumentCard({ kind, document, editTo }: PlanDocumentCardProps) {
  const adoption = formatAdoption(document.adoptedBy, document.adoptedOn);
  return (
    <Card data-color="neutral" className="plan-document">
      <Paragraph data-size="sm" className="eyebrow">
        {kind} {formatPeriod(document.periodStart, document.periodEnd)}
      </Paragraph>
      <Heading level={2} data-size="sm">
        {document.title}
      </Heading>
      {adoption && <Paragraph>{adoption}</Paragraph>}
      {editTo && (
        <Paragraph data-size="sm">
          <AppLink to={editTo}>
            Rediger <span className="visually-hidden">{kind.toLowerCase()}</span>
          </AppLink>
        </Paragraph>
      )}
    </Card>
  );
}

type PlanIntroProps = {
  plan: StrategicPlan;
  actionPlan: ActionPlan | undefined;
  /** The signed-in user keeps the plan (editor or admin). */
  canEdit?: boolean;
};

/** The council, its vision and the two plan documents the measures come from. */
export function PlanIntro({ plan, actionPlan, canEdit = false }: PlanIntroProps) {
  return (
    <div className="plan-intro">
      <Heading level={1} data-size="xl">
        {plan.council.name}
      </Heading>
      {plan.council.vision && (
        <div className="vision">
          <Paragraph data-size="sm" className="eyebrow">
            Visjon
          </Paragraph>
          <Paragraph data-size="xl" className="vision__text">
            {plan.council.vision}
          </Paragraph>
        </div>
      )}
      <div className="plan-documents">
        <PlanDocumentCard
          kind="Strategisk plan"
          document={plan}
          editTo={canEdit ? routePaths.editStrategicPlan(plan.id) : undefined}
        />
        {actionPlan && (
          <PlanDocumentCard
            kind="Handlingsplan"
            document={actionPlan}
            editTo={canEdit ? routePaths.editActionPlan(actionPlan.id) : undefined}
          />
        )}
      </div>
      {canEdit && (
        <div className="page-actions">
          <LinkButton to={routePaths.newGoal()}>Nytt mål</LinkButton>
          <LinkButton to={routePaths.newActionPlan()}>Ny handlingsplan</LinkButton>
        </div>
      )}
    </div>
  );
}
