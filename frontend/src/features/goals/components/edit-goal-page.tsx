import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useNavigate } from 'react-router';

import { AppLink } from '../../../components/app-link';
import { DeleteSection } from '../../../components/delete-section';
import type { ConflictValue } from '../../../components/form/conflict-alert';
import { EditForm } from '../../../components/form/edit-form';
import { noticeState } from '../../../components/notice';
import { routePaths } from '../../../config/paths';
import type { Goal, GoalUpdate, SectionRef } from '../../../lib/api/types';
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

function conflictValues(current: Goal, mine: GoalFormValues): ConflictValue[] {
  const theirs = goalValuesOf(current);
  return [
    { label: goalFieldLabels.sectionId, current: current.section.title, changed: theirs.sectionId !== mine.sectionId },
    { label: goalFieldLabels.text, current: current.text, changed: theirs.text !== mine.text },
    { label: goalFieldLabels.position, current: String(current.number), changed: theirs.position !== mine.position },
    {
      label: goalFieldLabels.interestPolicy,
      current: current.interestPolicy
        ? [current.interestPolicy.heading, ...current.interestPolicy.matters].join('\n')
        : '(ingen)',
      changed:
        theirs.interestPolicyHeading !== mine.interestPolicyHeading ||
        theirs.interestPolicyMatters !== mine.interestPolicyMatters,
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
            values: conflictValues(edit.conflict, edit.values),
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
