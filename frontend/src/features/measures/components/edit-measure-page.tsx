import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';

import { AppLink } from '../../../components/app-link';
import { DeleteSection } from '../../../components/delete-section';
import { conflictItems, shownText, type ConflictField } from '../../../components/form/conflict-alert';
import { EditForm } from '../../../components/form/edit-form';
import { noticeState } from '../../../components/notice';
import { routePaths } from '../../../config/paths';
import type { GoalHeadline, Measure, MeasureUpdate, PartyRef } from '../../../lib/api/types';
import { parseWholeNumber } from '../../../lib/forms/form-errors';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { useVersionedEdit, type ParsedForm } from '../../../lib/forms/use-versioned-edit';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDeleteMeasure } from '../api/delete-measure';
import { measureQueryOptions, useMeasure } from '../api/get-measure';
import { useUpdateMeasure } from '../api/update-measure';
import {
  goalLabel,
  measureFieldLabels,
  MeasureFields,
  type MeasureField,
  type MeasureFormValues,
} from './measure-fields';
import { ResponsibilitiesEditor } from './responsibilities-editor';

const editFields = ['goalId', 'text', 'responsibilityText', 'position'] as const satisfies readonly MeasureField[];

function valuesOf(measure: Measure): MeasureFormValues {
  return {
    goalId: String(measure.goal.id),
    text: measure.text,
    responsibilityText: measure.responsibilityText,
    position: String(measure.position),
    reference: measure.reference,
  };
}

/** Text and the responsibility line go as typed; the server judges them. Numbers must be numbers to be sent. */
export function toMeasureUpdate(values: MeasureFormValues): ParsedForm<MeasureUpdate, MeasureField> {
  const goalId = parseWholeNumber(values.goalId);
  const position = parseWholeNumber(values.position);
  const fields: Partial<Record<MeasureField, string>> = {};
  if (goalId === null) fields.goalId = `${measureFieldLabels.goalId}: må velges`;
  if (position === null) fields.position = `${measureFieldLabels.position}: må være et helt tall, f.eks. 1`;
  if (goalId === null || position === null) return { errors: { fields, general: [] } };
  return { input: { goalId, text: values.text, responsibilityText: values.responsibilityText, position } };
}

function conflictFields(goals: readonly GoalHeadline[]): ConflictField<MeasureFormValues>[] {
  const text = (field: MeasureField): ConflictField<MeasureFormValues> => ({
    label: measureFieldLabels[field],
    fields: [field],
    show: (values) => shownText(values[field]),
  });
  const goalOf = (values: MeasureFormValues) => {
    const goal = goals.find((g) => String(g.id) === values.goalId);
    return goal ? goalLabel(goal) : shownText(values.goalId);
  };
  return [
    text('text'),
    text('responsibilityText'),
    { label: measureFieldLabels.goalId, fields: ['goalId'], show: goalOf },
    text('position'),
  ];
}

type EditMeasurePageProps = {
  measureId: number;
  /** The goals a measure can belong to: those of its strategic plan. */
  goals: readonly GoalHeadline[];
  /** The parties that can be given a role in the measure. */
  parties: readonly PartyRef[];
};

export function EditMeasurePage({ measureId, goals, parties }: EditMeasurePageProps) {
  const fieldIds = useFieldIds(measureFieldLabels);
  const { data: measure } = useMeasure(measureId);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const update = useUpdateMeasure();
  const remove = useDeleteMeasure();
  useDocumentTitle(`Rediger tiltak ${measure.reference}`);

  const edit = useVersionedEdit({
    resource: measure,
    valuesOf,
    labels: measureFieldLabels,
    toInput: toMeasureUpdate,
    save: ({ version, input }) => update.mutateAsync({ measureId, version, input }),
    fetchCurrent: () => queryClient.fetchQuery({ ...measureQueryOptions(measureId), staleTime: 0 }),
    onSaved: (saved) => navigate(routePaths.measure(saved.id), { state: noticeState('Endringene er lagret.') }),
  });

  const deleteMeasure = (done: () => void) =>
    remove.mutate(
      { measureId, version: measure.version },
      {
        onSuccess: () =>
          navigate(routePaths.goal(measure.goal.id), {
            state: noticeState(`Tiltak ${measure.reference} er slettet.`),
          }),
        onSettled: done,
      },
    );

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Rediger tiltak <span className="nowrap">{measure.reference}</span>
      </Heading>
      <Paragraph>
        <AppLink to={routePaths.measure(measureId)}>Tilbake til tiltaket</AppLink>
      </Paragraph>
      <EditForm
        errors={edit.errors}
        fieldIds={fieldIds}
        errorHeading="Vi kunne ikke lagre tiltaket"
        attempt={edit.attempt}
        busy={edit.saving}
        submitLabel="Lagre endringene"
        cancelTo={routePaths.measure(measureId)}
        onSubmit={() => void edit.submit()}
        conflict={
          edit.conflict && {
            what: 'tiltaket',
            items: conflictItems(edit.conflict, conflictFields(goals)),
            onUseMine: edit.saveMineOverConflict,
            onDiscardMine: () => {
              edit.discardMine();
              document.getElementById(fieldIds.goalId)?.focus();
            },
          }
        }
      >
        <MeasureFields
          fields={editFields}
          fieldIds={fieldIds}
          values={edit.values}
          errors={edit.errors}
          goals={goals}
          onChange={edit.setValues}
        />
      </EditForm>

      <ResponsibilitiesEditor measure={measure} parties={parties} />

      <DeleteSection
        heading="Slett tiltaket"
        description="Et tiltak med statusrapporter kan ikke slettes."
        blockedBecause={
          measure.currentStatus.reportId != null
            ? 'Tiltaket har statusrapporter og kan derfor ikke slettes: rapportene er en del av historikken til planen.'
            : null
        }
        buttonLabel="Slett tiltak"
        confirmHeading={`Slette tiltak ${measure.reference}?`}
        confirmText={`«${measure.text}» slettes for godt. Endringsloggen beholder det som ble slettet.`}
        busy={remove.isPending}
        error={remove.error}
        onDelete={deleteMeasure}
      />
    </div>
  );
}
