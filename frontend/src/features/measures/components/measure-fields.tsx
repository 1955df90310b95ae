import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';

import type { GoalHeadline } from '../../../lib/api/types';
import type { FieldLabels, FormErrors } from '../../../lib/forms/form-errors';

/** The form's text for each field the API knows; numbers are text until the form is sent. */
export type MeasureFormValues = {
  goalId: string;
  text: string;
  responsibilityText: string;
  position: string;
  reference: string;
};

export type MeasureField = keyof MeasureFormValues;

export const measureFieldLabels: FieldLabels<MeasureField> = {
  goalId: 'Mål',
  text: 'Tiltak',
  responsibilityText: 'Ansvar',
  position: 'Plassering under målet',
  reference: 'Referanse',
};

export function goalLabel(goal: Pick<GoalHeadline, 'number' | 'text'>): string {
  return `Mål ${goal.number}: ${goal.text}`;
}

type MeasureFieldsProps = {
  /** The fields this form shows; they appear in the order of measureFieldLabels. */
  fields: readonly MeasureField[];
  fieldIds: Record<MeasureField, string>;
  values: MeasureFormValues;
  errors: FormErrors<MeasureField>;
  goals: readonly GoalHeadline[];
  onChange: (values: MeasureFormValues) => void;
};

/** The measure's fields, shared by the create and edit forms. */
export function MeasureFields({ fields, fieldIds, values, errors, goals, onChange }: MeasureFieldsProps) {
  const set = (field: MeasureField) => (value: string) => onChange({ ...values, [field]: value });
  const shown = new Set(fields);

  return (
    <>
      {shown.has('goalId') && (
        <Field>
          <Label htmlFor={fieldIds.goalId}>{measureFieldLabels.goalId}</Label>
          <Select
            id={fieldIds.goalId}
            value={values.goalId}
            onChange={(event) => set('goalId')(event.target.value)}
            aria-invalid={errors.fields.goalId ? true : undefined}
          >
            <Select.Option value="">Velg mål</Select.Option>
            {goals.map((goal) => (
              <Select.Option key={goal.id} value={String(goal.id)}>
                {goalLabel(goal)}
              </Select.Option>
            ))}
          </Select>
          {errors.fields.goalId && <ValidationMessage>{errors.fields.goalId}</ValidationMessage>}
        </Field>
      )}
      {shown.has('text') && (
        <Textfield
          id={fieldIds.text}
          label={measureFieldLabels.text}
          description="Slik tiltaket står i handlingsplanen."
          multiline
          rows={4}
          value={values.text}
          onChange={(event) => set('text')(event.target.value)}
          error={errors.fields.text}
        />
      )}
      {shown.has('responsibilityText') && (
        <Textfield
          id={fieldIds.responsibilityText}
          label={measureFieldLabels.responsibilityText}
          description="Ansvarslinjen slik planen formulerer den, f.eks. «Administrasjonen i samarbeid med …»."
          multiline
          rows={2}
          value={values.responsibilityText}
          onChange={(event) => set('responsibilityText')(event.target.value)}
          error={errors.fields.responsibilityText}
        />
      )}
      {shown.has('position') && (
        <Textfield
          id={fieldIds.position}
          label={measureFieldLabels.position}
          description="1 er først. De andre tiltakene under målet flyttes for å gi plass."
          inputMode="numeric"
          className="narrow-field"
          value={values.position}
          onChange={(event) => set('position')(event.target.value)}
          error={errors.fields.position}
        />
      )}
      {shown.has('reference') && (
        <Textfield
          id={fieldIds.reference}
          label={`${measureFieldLabels.reference} (valgfritt)`}
          description="Lages av handlingsplanens kode, målets nummer og plasseringen når feltet er tomt, f.eks. 2021-22/5.4. Den endres aldri senere."
          className="narrow-field"
          value={values.reference}
          onChange={(event) => set('reference')(event.target.value)}
          error={errors.fields.reference}
        />
      )}
    </>
  );
}
