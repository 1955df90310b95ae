import { Details, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';

import { AppLink } from '../../../components/app-link';
import { LinkButton } from '../../../components/link-button';
import { routePaths } from '../../../config/paths';
import type { ActionPlan, StrategicPlan } from '../../../lib/api/types';
import { formatAdoption, formatPeriod } from '../../../lib/format/date';
import { parseId } from '../../../lib/ids';

type PlanDocument = Pick<ActionPlan, 'title' | 'periodStart' | 'periodEnd' | 'adoptedBy' | 'adoptedOn'>;

type PlanDocumentFactsProps = {
  kind: string;
  document: PlanDocument;
  /** Left out where the page already says it. */
  showAdoption?: boolean;
  editTo?: string;
};

function PlanDocumentFacts({ kind, document, showAdoption = true, editTo }: PlanDocumentFactsProps) {
  const adoption = showAdoption ? formatAdoption(document.adoptedBy, document.adoptedOn) : null;
  return (
    <>
      <Paragraph data-size="sm" className="eyebrow">
        {kind} {formatPeriod(document.periodStart, document.periodEnd)}
      </Paragraph>
      <Heading level={2} data-size="xs">
        {document.title}
      </Heading>
      {adoption && <Paragraph data-size="sm">{adoption}</Paragraph>}
      {editTo && (
        <Paragraph data-size="sm">
          <AppLink to={editTo}>
            Rediger <span className="visually-hidden">{kind.toLowerCase()}</span>
          </AppLink>
        </Paragraph>
      )}
    </>
  );
}

type PlanIntroProps = {
  plan: StrategicPlan;
  actionPlan: ActionPlan | undefined;
  /** Choosing another action plan; offered when the strategic plan has more than one. */
  onChooseActionPlan: (actionPlanId: number) => void;
  /** The signed-in user keeps the plan (editor or admin). */
  canEdit?: boolean;
};

/**
 * The council, its vision and the action plan shown, kept short so the measures start on the first screen; the
 * plan documents and their introductions wait behind «Les innledningen».
 */
export function PlanIntro({ plan, actionPlan, onChooseActionPlan, canEdit = false }: PlanIntroProps) {
  const selectId = useId();
  const adoption = actionPlan ? formatAdoption(actionPlan.adoptedBy, actionPlan.adoptedOn) : null;
  const newestFirst = [...plan.actionPlans].sort((a, b) => b.periodStart - a.periodStart || b.id - a.id);

  return (
    <div className="plan-intro">
      <Heading level={1} data-size="lg">
        {plan.council.name}
      </Heading>
      {plan.council.vision && (
        <Paragraph className="vision-line">
          <span className="eyebrow">Visjon: </span>
          <span className="vision-line__text">{plan.council.vision}</span>
        </Paragraph>
      )}
      {actionPlan && (
        <div className="action-plan-line">
          {newestFirst.length > 1 ? (
            <Field className="action-plan-select">
              <Label htmlFor={selectId}>Handlingsplan</Label>
              <Select
                id={selectId}
                data-size="sm"
                value={actionPlan.id}
                onChange={(e) => {
                  const id = parseId(e.target.value);
                  if (id !== null) onChooseActionPlan(id);
                }}
              >
                {newestFirst.map((option) => (
                  <Select.Option key={option.id} value={option.id}>
                    {option.title} ({formatPeriod(option.periodStart, option.periodEnd)})
                  </Select.Option>
                ))}
              </Select>
            </Field>
          ) : (
            <Paragraph data-size="sm">
              <span className="eyebrow">Handlingsplan {formatPeriod(actionPlan.periodStart, actionPlan.periodEnd)}</span>
              <span className="action-plan-line__title">: {actionPlan.title}</span>
            </Paragraph>
          )}
          {adoption && <Paragraph data-size="sm">{adoption}</Paragraph>}
        </div>
      )}
      <Details className="plan-intro__details" data-size="sm">
        <Details.Summary>Les innledningen</Details.Summary>
        <Details.Content>
          <div className="plan-documents">
            <div className="plan-document">
              <PlanDocumentFacts
                kind="Strategisk plan"
                document={plan}
                editTo={canEdit ? routePaths.editStrategicPlan(plan.id) : undefined}
              />
            </div>
            {actionPlan && (
              <div className="plan-document">
                <PlanDocumentFacts
                  kind="Handlingsplan"
                  document={actionPlan}
                  showAdoption={false}
                  editTo={canEdit ? routePaths.editActionPlan(actionPlan.id) : undefined}
                />
                {actionPlan.introduction && <Paragraph className="plan-text">{actionPlan.introduction}</Paragraph>}
                {actionPlan.measuresIntroduction && (
                  <Paragraph className="plan-text">{actionPlan.measuresIntroduction}</Paragraph>
                )}
              </div>
            )}
          </div>
        </Details.Content>
      </Details>
      {canEdit && (
        <div className="page-actions">
          <LinkButton to={routePaths.newGoal()}>
            Nytt mål
          </LinkButton>
          <LinkButton to={routePaths.newActionPlan()}>
            Ny handlingsplan
          </LinkButton>
        </div>
      )}
    </div>
  );
}
