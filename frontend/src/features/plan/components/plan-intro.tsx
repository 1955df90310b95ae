import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';

import type { ActionPlan, StrategicPlan } from '../../../lib/api/types';
import { formatAdoption, formatPeriod } from '../../../lib/format/date';

type PlanDocument = Pick<ActionPlan, 'title' | 'periodStart' | 'periodEnd' | 'adoptedBy' | 'adoptedOn'>;

function PlanDocumentCard({ kind, document }: { kind: string; document: PlanDocument }) {
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
    </Card>
  );
}

type PlanIntroProps = {
  plan: StrategicPlan;
  actionPlan: ActionPlan | undefined;
};

/** The council, its vision and the two plan documents the measures come from. */
export function PlanIntro({ plan, actionPlan }: PlanIntroProps) {
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
        <PlanDocumentCard kind="Strategisk plan" document={plan} />
        {actionPlan && <PlanDocumentCard kind="Handlingsplan" document={actionPlan} />}
      </div>
    </div>
  );
}
