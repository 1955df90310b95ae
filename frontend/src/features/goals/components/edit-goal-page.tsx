import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useNavigate } from 'react-router';

import { AppLink } from '../../../components/app-link';
import { DeleteSection } from '../../../components/delete-section';
import { conflictItems, shownText, type ConflictField } from '../../../components/form/conflict-alert';
import { EditForm } from '../../../components/form/edit-form';
import { noticeState } from '../../../components/notice';
import { routePaths } from '../../../config/paths';
import type { GoalUpdate, SectionRef } from '../../../lib/api/types';
import { parseWholeNumber } from '../../../lib/forms/form-errors';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { useVersionedEdit, type ParsedForm } from '../../../lib/forms/use-versioned-edit';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDeleteGoal } from '../api/delete-goal';
import { goalQueryOptions, useGoal } from '../api/get-goal';
import { useUpdateGoal } from '../api/update-goal';
import {
  goalFieldLabels,
  GoalFields,
  goalPartLabels,
  goalValuesOf,
  interestPolicyOf,
  type GoalField,
  type GoalFormValues,
} from './goal-fields';

export function toGoalUpdate(values: GoalFormValues): ParsedForm<GoalUpdate, GoalField> {
  const sectionId = parseWholeNumber(values.sectionId);
  const position = parseWholeNumber(values.position);
  const fields: Partial<Record<GoalField, string>> = {};
  if (sectionId === null) fields.sectionId = `${goalFieldLabels.sectionId}: må velges`;
  if (position === null) fields.position = `${goalFieldLabels.position}: må være et helt tall, f.eks. 1`;
  if (sectionId === null || position === null) return { errors: { fields, general: [] } };
  const interestPolicy = interestPolicyOf(values);
  return { input: { sectionId, text: values.text, position, ...(interestPolicy ? { interestPolicy } : {}) } };
}

function conflictFields(sections: readonly SectionRef[]): ConflictField<GoalFormValues>[] {
  return [
    {
      label: goalFieldLabels.sectionId,
      fields: ['sectionId'],
      show: (values) => sections.find((s) => String(s.id) === values.sectionId)?.title ?? shownText(values.sectionId),
    },
    { label: goalFieldLabels.text, fields: ['text'], show: (values) => shownText(values.text) },
    { label: goalFieldLabels.position, fields: ['position'], show: (values) => shownText(values.position) },
    {
      label: goalFieldLabels.interestPolicy,
      fields: ['interestPolicyHeading', 'interestPolicyMatters'],
      show: (values) =>
        [values.interestPolicyHeading, values.interestPolicyMatters].filter((part) => part.trim()).join('\n') ||
        '(ingen)',
    },
  ];
}

type EditGoalPageProps = { goalId: number; sections: readonly SectionRef[] };

export function EditGoalPage({ goalId, sections }: EditGoalPageProps) {
  const { data: goal } = useGoal(goalId);
  const fieldIds = useFieldIds(goalFieldLabels);
  const mattersId = useId();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const update = useUpdateGoal();
  const remove = useDeleteGoal();
  useDocumentTitle(`Rediger mål ${goal.number}`);

  const edit = useVersionedEdit({
    resource: goal,
    valuesOf: goalValuesOf,
    labels: goalFieldLabels,
    partLabels: goalPartLabels,
    toInput: toGoalUpdate,
    save: ({ version, input }) => update.mutateAsync({ goalId, version, input }),
    fetchCurrent: () => queryClient.fetchQuery({ ...goalQueryOptions(goalId), staleTime: 0 }),
    onSaved: (saved) => navigate(routePaths.goal(saved.id), { state: noticeState('Endringene er lagret.') }),
  });

  const deleteGoal = (done: () => void) =>
    remove.mutate(
      { goalId, version: goal.version },
      {
        onSuccess: () => navigate(routePaths.home(), { state: noticeState(`Mål ${goal.number} er slettet.`) }),
        onSettled: done,
      },
    );

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Rediger mål {goal.number}
      </Heading>
      <Paragraph>
        <AppLink to={routePaths.goal(goalId)}>Tilbake til målet</AppLink>
      </Paragraph>
      <EditForm
        errors={edit.errors}
        fieldIds={fieldIds}
        errorHeading="Vi kunne ikke lagre målet"
        attempt={edit.attempt}
        busy={edit.saving}
        submitLabel="Lagre endringene"
        cancelTo={routePaths.goal(goalId)}
        onSubmit={() => void edit.submit()}
        conflict={
          edit.conflict && {
            what: 'målet',
            items: conflictItems(edit.conflict, conflictFields(sections)),
            onUseMine: edit.saveMineOverConflict,
            onDiscardMine: () => {
              edit.discardMine();
              document.getElementById(fieldIds.sectionId)?.focus();
            },
          }
        }
      >
        <GoalFields
          mode="edit"
          fieldIds={fieldIds}
          mattersId={mattersId}
          values={edit.values}
          errors={edit.errors}
          sections={sections}
          onChange={edit.setValues}
        />
      </EditForm>
      <DeleteSection
        heading="Slett målet"
        description="Et mål med tiltak kan ikke slettes; flytt eller slett tiltakene først."
        blockedBecause={
          goal.measures.length > 0
            ? `Målet har ${goal.measures.length} tiltak og kan ikke slettes før ${goal.measures.length === 1 ? 'det er flyttet eller slettet' : 'de er flyttet eller slettet'}.`
            : null
        }
        buttonLabel="Slett mål"
        confirmHeading={`Slette mål ${goal.number}?`}
        confirmText={`«${goal.text}» slettes for godt, og målene etter det får nytt nummer. Endringsloggen beholder det som ble slettet.`}
        busy={remove.isPending}
        error={remove.error}
        onDelete={deleteGoal}
      />
    </div>
  );
}
