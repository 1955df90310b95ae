import {
  Checkbox,
  Field,
  Fieldset,
  Label,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';

import type { Account, PartyRef, Role } from '../../../lib/api/types';
import { parseWholeNumber, type FieldLabels, type FormErrors } from '../../../lib/forms/form-errors';
import { accountRoleLabels, accountRoles } from '../../../lib/labels';

export type AccountFormValues = {
  username: string;
  displayName: string;
  email: string;
  password: string;
  newPassword: string;
  role: Role | '';
  partyId: string;
  active: boolean;
};

export type AccountField = keyof AccountFormValues;

export const accountFieldLabels: FieldLabels<AccountField> = {
  username: 'Brukernavn',
  displayName: 'Navn',
  email: 'E-post',
  password: 'Passord',
  newPassword: 'Nytt passord',
  role: 'Rolle',
  partyId: 'Rapporterer for',
  active: 'Aktiv',
};

const roleDescriptions: Record<Role, string> = {
  ADMIN: 'Brukere, API-tokens og alt en redaktør kan.',
  EDITOR: 'Planer, mål, tiltak, ansvarlige og alle statusrapporter.',
  REPORTER: 'Statusrapporter på tiltakene der den valgte ansvarlige er ansvarlig eller samarbeidspartner.',
};

export const emptyAccountValues: AccountFormValues = {
  username: '',
  displayName: '',
  email: '',
  password: '',
  newPassword: '',
  role: '',
  partyId: '',
  active: true,
};

export function accountValuesOf(account: Account): AccountFormValues {
  return {
    username: account.username,
    displayName: account.displayName,
    email: account.email ?? '',
    password: '',
    newPassword: '',
    role: account.role,
    partyId: account.party ? String(account.party.id) : '',
    active: account.active,
  };
}

/** The address as sent: trimmed, and left out when blank (the account then has none). */
export function emailFor(values: { email: string }): string | undefined {
  const email = values.email.trim();
  return email === '' ? undefined : email;
}

/** Only a reporter reports for a party; for the other roles the choice is not sent. */
export function partyIdFor(values: AccountFormValues): number | undefined {
  if (values.role !== 'REPORTER') return undefined;
  return parseWholeNumber(values.partyId) ?? undefined;
}

export function roleErrors(values: AccountFormValues): FormErrors<AccountField> | null {
  if (values.role) return null;
  return { fields: { role: `${accountFieldLabels.role}: må velges` }, general: [] };
}

function roleOptionId(roleId: string, index: number): string {
  return `${roleId}-${index}`;
}

/** Where the error summary's links go: the choice of role to its first option. */
export function accountFieldIds(inputIds: Record<AccountField, string>): Record<AccountField, string> {
  return { ...inputIds, role: roleOptionId(inputIds.role, 0) };
}

type AccountFieldsProps = {
  mode: 'create' | 'edit';
  /** The ids the fields are built from. */
  inputIds: Record<AccountField, string>;
  values: AccountFormValues;
  errors: FormErrors<AccountField>;
  parties: readonly PartyRef[];
  onChange: (values: AccountFormValues) => void;
};

export function AccountFields({ mode, inputIds: fieldIds, values, errors, parties, onChange }: AccountFieldsProps) {
  const set = <K extends AccountField>(field: K, value: AccountFormValues[K]) => onChange({ ...values, [field]: value });

  return (
    <>
      {mode === 'create' && (
        <Textfield
          id={fieldIds.username}
          label={accountFieldLabels.username}
          description="3 til 100 tegn: små bokstaver a–z, tall og . _ -. Kan ikke endres senere."
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          className="narrow-field"
          value={values.username}
          onChange={(event) => set('username', event.target.value)}
          error={errors.fields.username}
        />
      )}
      <Textfield
        id={fieldIds.displayName}
        label={accountFieldLabels.displayName}
        description="Vises i appen og som forfatter av statusrapporter."
        autoComplete="off"
        value={values.displayName}
        onChange={(event) => set('displayName', event.target.value)}
        error={errors.fields.displayName}
      />
      <Textfield
        id={fieldIds.email}
        label={`${accountFieldLabels.email} (valgfritt)`}
        description="Hit sendes påminnelser om rapporter som mangler. Vises bare for administratorer og brukeren selv."
        type="email"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={values.email}
        onChange={(event) => set('email', event.target.value)}
        error={errors.fields.email}
      />
      <Fieldset>
        <Fieldset.Legend>{accountFieldLabels.role}</Fieldset.Legend>
        {accountRoles.map((role, index) => (
          <Radio
            key={role}
            id={roleOptionId(fieldIds.role, index)}
            name={fieldIds.role}
            value={role}
            label={accountRoleLabels[role]}
            description={roleDescriptions[role]}
            checked={values.role === role}
            onChange={() => set('role', role)}
          />
        ))}
        {errors.fields.role && <ValidationMessage>{errors.fields.role}</ValidationMessage>}
      </Fieldset>
      {values.role === 'REPORTER' && (
        <Field>
          <Label htmlFor={fieldIds.partyId}>{accountFieldLabels.partyId}</Label>
          <Select
            id={fieldIds.partyId}
            value={values.partyId}
            onChange={(event) => set('partyId', event.target.value)}
            aria-invalid={errors.fields.partyId ? true : undefined}
          >
            <Select.Option value="">Velg ansvarlig</Select.Option>
            {parties.map((party) => (
              <Select.Option key={party.id} value={String(party.id)}>
                {party.name}
              </Select.Option>
            ))}
          </Select>
          {errors.fields.partyId && <ValidationMessage>{errors.fields.partyId}</ValidationMessage>}
        </Field>
      )}
      {mode === 'create' ? (
        <Textfield
          id={fieldIds.password}
          label={accountFieldLabels.password}
          description="Minst 12 tegn. Gi det til personen på en trygg måte."
          type="password"
          autoComplete="new-password"
          className="narrow-field"
          value={values.password}
          onChange={(event) => set('password', event.target.value)}
          error={errors.fields.password}
        />
      ) : (
        <>
          <Textfield
            id={fieldIds.newPassword}
            label={`${accountFieldLabels.newPassword} (valgfritt)`}
            description="Minst 12 tegn. La feltet stå tomt for å beholde passordet. Et nytt passord logger brukeren ut."
            type="password"
            autoComplete="new-password"
            className="narrow-field"
            value={values.newPassword}
            onChange={(event) => set('newPassword', event.target.value)}
            error={errors.fields.newPassword}
          />
          <Checkbox
            id={fieldIds.active}
            label="Kontoen er aktiv"
            description="En deaktivert bruker kan ikke logge inn, og blir logget ut med en gang."
            checked={values.active}
            onChange={(event) => set('active', event.target.checked)}
            error={errors.fields.active}
          />
        </>
      )}
    </>
  );
}
