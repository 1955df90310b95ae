import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';

import type { Party, PartyKind } from '../../../lib/api/types';
import type { FieldLabels, FormErrors } from '../../../lib/forms/form-errors';
import { partyKindLabels } from '../../../lib/labels';

export type PartyFormValues = { slug: string; name: string; kind: PartyKind | ''; email: string };

export type PartyField = keyof PartyFormValues;

export const partyFieldLabels: FieldLabels<PartyField> = { slug: 'Nøkkel', name: 'Navn', kind: 'Type', email: 'E-post' };

/** A party as its edit form sees it: the public party with its contact address, which only editors read. */
export type EditableParty = Party & { email: string | null };

export const partyKinds = Object.keys(partyKindLabels) as PartyKind[];

export function partyValuesOf(party: EditableParty): PartyFormValues {
  return { slug: party.slug, name: party.name, kind: party.kind, email: party.email ?? '' };
}

/** The address as sent: trimmed, and left out when blank (the party then has none). */
export function partyEmailFor(values: PartyFormValues): string | undefined {
  const email = values.email.trim();
  return email === '' ? undefined : email;
}

type PartyFieldsProps = {
  mode: 'create' | 'edit';
  fieldIds: Record<PartyField, string>;
  values: PartyFormValues;
  errors: FormErrors<PartyField>;
  onChange: (values: PartyFormValues) => void;
};

export function PartyFields({ mode, fieldIds, values, errors, onChange }: PartyFieldsProps) {
  return (
    <>
      <Textfield
        id={fieldIds.name}
        label={partyFieldLabels.name}
        description="Slik navnet skal stå i planen, f.eks. «Ungdomsrådet for Fjellregionen»."
        value={values.name}
        onChange={(event) => onChange({ ...values, name: event.target.value })}
        error={errors.fields.name}
      />
      {mode === 'create' && (
        <Textfield
          id={fieldIds.slug}
          label={partyFieldLabels.slug}
          description="Brukes i adresser og av andre systemer, f.eks. «ungdomsradet-for-fjellregionen»: små bokstaver a–z, tall og bindestrek. Kan ikke endres senere."
          autoCapitalize="none"
          spellCheck={false}
          value={values.slug}
          onChange={(event) => onChange({ ...values, slug: event.target.value })}
          error={errors.fields.slug}
        />
      )}
      <Field>
        <Label htmlFor={fieldIds.kind}>{partyFieldLabels.kind}</Label>
        <Select
          id={fieldIds.kind}
          value={values.kind}
          onChange={(event) => onChange({ ...values, kind: partyKinds.find((kind) => kind === event.target.value) ?? '' })}
          aria-invalid={errors.fields.kind ? true : undefined}
        >
          <Select.Option value="">Velg type</Select.Option>
          {partyKinds.map((kind) => (
            <Select.Option key={kind} value={kind}>
              {partyKindLabels[kind]}
            </Select.Option>
          ))}
        </Select>
        {errors.fields.kind && <ValidationMessage>{errors.fields.kind}</ValidationMessage>}
      </Field>
      <Textfield
        id={fieldIds.email}
        label={`${partyFieldLabels.email} (valgfritt)`}
        description="Kontaktadressen til den ansvarlige, for sekretariatet. Vises ikke offentlig."
        type="email"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={values.email}
        onChange={(event) => onChange({ ...values, email: event.target.value })}
        error={errors.fields.email}
      />
    </>
  );
}
