import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';

import type { Goal, InterestPolicyInput, SectionRef } from '../../../lib/api/types';
import type { FieldLabels, FormErrors, PartLabels } from '../../../lib/forms/form-errors';

export type GoalFormValues = {
  sectionId: string;
  text: string;
  position: string;
  interestPolicyHeading: string;
  /** One matter per line. */
  interestPolicyMatters: string;
};

/** The API's field names where the form has one; the interest policy's two inputs answer for `interestPolicy`. */
export type GoalField = 'sectionId' | 'text' | 'position' | 'interestPolicy';

export const goalFieldLabels: FieldLabels<GoalField> = {
  sectionId: 'Del av planen',
  text: 'Mål',
  position: 'Nummer',
  interestPolicy: 'Interessepolitiske saker',
};

export const goalPartLabels: PartLabels = { heading: 'overskrift', matters: 'saker' };

export function goalValuesOf(goal: Goal): GoalFormValues {
  return {
    sectionId: String(goal.section.id),
    text: goal.text,
    position: String(goal.number),
    interestPolicyHeading: goal.interestPolicy?.heading ?? '',
    interestPolicyMatters: goal.interestPolicy?.matters.join('\n') ?? '',
  };
}

/** No heading and no matters: the goal has no interest-policy list. */
export function interestPolicyOf(values: GoalFormValues): InterestPolicyInput | undefined {
  const matters = values.interestPolicyMatters
    .split('\n')
    .map((matter) => matter.trim())
    .filter((matter) => matter !== '');
  if (values.interestPolicyHeading.trim() === '' && matters.length === 0) return undefined;
  return { heading: values.interestPolicyHeading, matters };
}

type GoalFieldsProps = {
  mode: 'create' | 'edit';
  fieldIds: Record<GoalField, string>;
  mattersId: string;
  values: GoalFormValues;
  errors: FormErrors<GoalField>;
  sections: readonly SectionRef[];
  onChange: (values: GoalFormValues) => void;
};

export function GoalFields({ mode, fieldIds, mattersId, values, errors, sections, onChange }: GoalFieldsProps) {
  const set = (field: keyof GoalFormValues, value: string) => onChange({ ...values, [field]: value });
  return (
    <>
      <Field>
        <Label htmlFor={fieldIds.sectionId}>{goalFieldLabels.sectionId}</Label>
        <Select
          id={fieldIds.sectionId}
          value={values.sectionId}
          onChange={(event) => set('sectionId', event.target.value)}
          aria-invalid={errors.fields.sectionId ? true : undefined}
        >
          <Select.Option value="">Velg del</Select.Option>
          {sections.map((section) => (
            <Select.Option key={section.id} value={String(section.id)}>
              {section.title}
            </Select.Option>
          ))}
        </Select>
        {errors.fields.sectionId && <ValidationMessage>{errors.fields.sectionId}</ValidationMessage>}
      </Field>
      <Textfield
        id={fieldIds.text}
        label={goalFieldLabels.text}
        description="Slik målet står i den strategiske planen."
        multiline
        rows={4}
        value={values.text}
        onChange={(event) => set('text', event.target.value)}
        error={errors.fields.text}
      />
      {mode === 'edit' && (
        <Textfield
          id={fieldIds.position}
          label={goalFieldLabels.position}
          description="Målets nummer i planen. De andre målene nummereres om; tiltakenes referanser beholder sine nummer."
          inputMode="numeric"
          className="narrow-field"
          value={values.position}
          onChange={(event) => set('position', event.target.value)}
          error={errors.fields.position}
        />
      )}
      <Textfield
        id={fieldIds.interestPolicy}
        label="Overskrift for interessepolitiske saker (valgfritt)"
        description="F.eks. «Sentrale interessepolitiske saker er:»."
        value={values.interestPolicyHeading}
        onChange={(event) => set('interestPolicyHeading', event.target.value)}
        error={errors.fields.interestPolicy}
      />
      <Textfield
        id={mattersId}
        label="Interessepolitiske saker (valgfritt)"
        description="Én sak per linje, i den rekkefølgen de skal stå."
        multiline
        rows={5}
        value={values.interestPolicyMatters}
        onChange={(event) => set('interestPolicyMatters', event.target.value)}
      />
    </>
  );
}
