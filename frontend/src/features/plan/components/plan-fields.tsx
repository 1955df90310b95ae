import { Textfield } from '@digdir/designsystemet-react';

import { shownText, type ConflictField } from '../../../components/form/conflict-alert';
import type { ActionPlan, StrategicPlan } from '../../../lib/api/types';
import { parseWholeNumber, type FieldLabels, type FormErrors } from '../../../lib/forms/form-errors';

/** The fields of strategic and action plans; each form shows the ones its plan has. */
export type PlanFormValues = {
  code: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  adoptedBy: string;
  adoptedOn: string;
  introduction: string;
  measuresIntroduction: string;
  closingStatement: string;
};

export type PlanField = keyof PlanFormValues;

export const planFieldLabels: FieldLabels<PlanField> = {
  code: 'Kode',
  title: 'Tittel',
  periodStart: 'Fra år',
  periodEnd: 'Til år',
  adoptedBy: 'Vedtatt av',
  adoptedOn: 'Vedtatt',
  introduction: 'Innledning',
  measuresIntroduction: 'Innledning til tiltakene',
  closingStatement: 'Avslutning',
};

type FieldSpec = { description?: string; optional?: boolean; multiline?: boolean; narrow?: boolean; numeric?: boolean };

const specs: Record<PlanField, FieldSpec> = {
  code: {
    description: 'Kort kode som tiltakenes referanser begynner med, f.eks. «2023-24». Kan ikke endres senere.',
    narrow: true,
  },
  title: {},
  periodStart: { narrow: true, numeric: true, description: 'Årstall med fire sifre.' },
  periodEnd: { narrow: true, numeric: true, description: 'Årstall med fire sifre.' },
  adoptedBy: { optional: true, description: 'F.eks. «Regionrådet for Fjellregionen».' },
  adoptedOn: { optional: true, narrow: true, description: 'Dato (2021-05-26) eller måned (2020-06).' },
  introduction: { optional: true, multiline: true },
  measuresIntroduction: {
    optional: true,
    multiline: true,
    description: 'Teksten foran tiltakene, f.eks. «Regionrådet skal i løpet av perioden gjennomføre følgende tiltak:».',
  },
  closingStatement: { optional: true, multiline: true },
};

export const emptyPlanValues: PlanFormValues = {
  code: '',
  title: '',
  periodStart: '',
  periodEnd: '',
  adoptedBy: '',
  adoptedOn: '',
  introduction: '',
  measuresIntroduction: '',
  closingStatement: '',
};

export function planValuesOf(plan: StrategicPlan | ActionPlan): PlanFormValues {
  return {
    code: plan.code,
    title: plan.title,
    periodStart: String(plan.periodStart),
    periodEnd: String(plan.periodEnd),
    adoptedBy: plan.adoptedBy ?? '',
    adoptedOn: plan.adoptedOn ?? '',
    introduction: 'introduction' in plan ? (plan.introduction ?? '') : '',
    measuresIntroduction: 'measuresIntroduction' in plan ? (plan.measuresIntroduction ?? '') : '',
    closingStatement: 'closingStatement' in plan ? (plan.closingStatement ?? '') : '',
  };
}

/** The years as numbers, or the errors that keep them from being sent. */
export function parsePeriod(values: PlanFormValues):
  | { periodStart: number; periodEnd: number }
  | { errors: FormErrors<PlanField> } {
  const periodStart = parseWholeNumber(values.periodStart);
  const periodEnd = parseWholeNumber(values.periodEnd);
  const fields: Partial<Record<PlanField, string>> = {};
  if (periodStart === null) fields.periodStart = `${planFieldLabels.periodStart}: må være et årstall, f.eks. 2023`;
  if (periodEnd === null) fields.periodEnd = `${planFieldLabels.periodEnd}: må være et årstall, f.eks. 2024`;
  if (periodStart === null || periodEnd === null) return { errors: { fields, general: [] } };
  return { periodStart, periodEnd };
}

/** Optional text: left out when empty, which clears it. */
export function optionalText<K extends PlanField>(values: PlanFormValues, ...fields: K[]): Partial<Record<K, string>> {
  const present: Partial<Record<K, string>> = {};
  for (const field of fields) if (values[field].trim() !== '') present[field] = values[field];
  return present;
}

/** The fields a form shows, as the conflict message reads them. */
export function planConflictFields(shown: readonly PlanField[]): ConflictField<PlanFormValues>[] {
  return shown.map((field) => ({ label: planFieldLabels[field], fields: [field], show: (values) => shownText(values[field]) }));
}

type PlanFieldsProps = {
  fields: readonly PlanField[];
  fieldIds: Record<PlanField, string>;
  values: PlanFormValues;
  errors: FormErrors<PlanField>;
  onChange: (values: PlanFormValues) => void;
};

export function PlanFields({ fields, fieldIds, values, errors, onChange }: PlanFieldsProps) {
  return fields.map((field) => {
    const spec = specs[field];
    const common = {
      id: fieldIds[field],
      label: spec.optional ? `${planFieldLabels[field]} (valgfritt)` : planFieldLabels[field],
      description: spec.description,
      className: spec.narrow ? 'narrow-field' : undefined,
      value: values[field],
      error: errors.fields[field],
    };
    return spec.multiline ? (
      <Textfield
        key={field}
        {...common}
        multiline
        rows={3}
        onChange={(event) => onChange({ ...values, [field]: event.target.value })}
      />
    ) : (
      <Textfield
        key={field}
        {...common}
        inputMode={spec.numeric ? 'numeric' : undefined}
        onChange={(event) => onChange({ ...values, [field]: event.target.value })}
      />
    );
  });
}
