import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { EditForm } from '../../../components/form/edit-form';
import { noticeState } from '../../../components/notice';
import { routePaths } from '../../../config/paths';
import type { GoalHeadline, MeasureCreate } from '../../../lib/api/types';
import { formErrorsFromError, noFormErrors, parseWholeNumber } from '../../../lib/forms/form-errors';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import type { ParsedForm } from '../../../lib/forms/use-versioned-edit';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateMeasure } from '../api/create-measure';
import { measureFieldLabels, MeasureFields, type MeasureField, type MeasureFormValues } from './measure-fields';

const createFields = ['goalId', 'text', 'responsibilityText', 'reference'] as const satisfies readonly MeasureField[];

export function toMeasureCreate(
  values: MeasureFormValues,
  actionPlanId: number,
): ParsedForm<MeasureCreate, MeasureField> {
  const goalId = parseWholeNumber(values.goalId);
  if (goalId === null) return { errors: { fields: { goalId: `${measureFieldLabels.goalId}: må velges` }, general: [] } };
  const reference = values.reference.trim();
  return {
    input: {
      actionPlanId,
      goalId,
      text: values.text,
      responsibilityText: values.responsibilityText,
      ...(reference ? { reference } : {}),
    },
  };
}

type CreateMeasurePageProps = {
  /** The action plan the measure is added to. */
  actionPlan: { id: number; title: string };
  goals: readonly GoalHeadline[];
  initialGoalId?: number;
};

export function CreateMeasurePage({ actionPlan, goals, initialGoalId }: CreateMeasurePageProps) {
  const fieldIds = useFieldIds(measureFieldLabels);
  const [values, setValues] = useState<MeasureFormValues>({
    goalId: initialGoalId === undefined ? '' : String(initialGoalId),
    text: '',
    responsibilityText: '',
    position: '',
    reference: '',
  });
  const [errors, setErrors] = useState(noFormErrors<MeasureField>);
  const [attempt, setAttempt] = useState(0);
  const create = useCreateMeasure();
  const navigate = useNavigate();
  useDocumentTitle('Nytt tiltak');

  const submit = () => {
    setAttempt((n) => n + 1);
    const parsed = toMeasureCreate(values, actionPlan.id);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      return;
    }
    create.mutate(parsed.input, {
      onSuccess: (measureId) =>
        navigate(routePaths.measure(measureId), { state: noticeState('Tiltaket er opprettet.') }),
      onError: (error) => setErrors(formErrorsFromError(error, measureFieldLabels)),
    });
  };

  const backTo = initialGoalId === undefined ? routePaths.home() : routePaths.goal(initialGoalId);

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Nytt tiltak
      </Heading>
      <Paragraph>I {actionPlan.title}. Tiltaket legges sist under målet; du kan flytte det etterpå.</Paragraph>
      <EditForm
        errors={errors}
        fieldIds={fieldIds}
        errorHeading="Vi kunne ikke opprette tiltaket"
        attempt={attempt}
        busy={create.isPending}
        submitLabel="Opprett tiltak"
        busyLabel="Oppretter …"
        cancelTo={backTo}
        onSubmit={submit}
      >
        <MeasureFields
          fields={createFields}
          fieldIds={fieldIds}
          values={values}
          errors={errors}
          goals={goals}
          onChange={setValues}
        />
      </EditForm>
    </div>
  );
}
