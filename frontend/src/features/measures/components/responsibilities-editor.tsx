import {
  Button,
  Card,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ConflictAlert, conflictItems, shownText, type ConflictField } from '../../../components/form/conflict-alert';
import { FormErrorSummary } from '../../../components/form/form-error-summary';
import { problemMessage } from '../../../lib/api/problem';
import type {
  Measure,
  PartyRef,
  Responsibility,
  ResponsibilityRole,
  ResponsibilityUpdate,
} from '../../../lib/api/types';
import { formErrorsFromError, noFormErrors, parseWholeNumber, type FieldLabels } from '../../../lib/forms/form-errors';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { useVersionedEdit, type ParsedForm } from '../../../lib/forms/use-versioned-edit';
import { responsibilityRoles, roleLabels } from '../../../lib/labels';
import { useCreateResponsibility } from '../api/create-responsibility';
import { useDeleteResponsibility } from '../api/delete-responsibility';
import { responsibilityQueryOptions } from '../api/get-responsibility';
import { useUpdateResponsibility } from '../api/update-responsibility';

type ResponsibilityValues = { partyId: string; role: ResponsibilityRole | ''; wording: string; position: string };
type ResponsibilityField = keyof ResponsibilityValues;

const labels: FieldLabels<ResponsibilityField> = {
  partyId: 'Ansvarlig',
  role: 'Rolle',
  wording: 'Ordlyd',
  position: 'Plassering',
};

const conflictFields: ConflictField<ResponsibilityValues>[] = [
  { label: labels.role, fields: ['role'], show: (values) => (values.role ? roleLabels[values.role] : shownText('')) },
  { label: labels.wording, fields: ['wording'], show: (values) => shownText(values.wording) },
];

function valuesOf(responsibility: Responsibility, position: number): ResponsibilityValues {
  return {
    partyId: String(responsibility.party.id),
    role: responsibility.role,
    wording: responsibility.wording,
    position: String(position),
  };
}

function RoleSelect({
  id,
  value,
  error,
  onChange,
}: {
  id: string;
  value: ResponsibilityRole | '';
  error: string | undefined;
  onChange: (role: ResponsibilityRole | '') => void;
}) {
  return (
    <Field>
      <Label htmlFor={id}>{labels.role}</Label>
      <Select
        id={id}
        value={value}
        onChange={(event) => onChange(responsibilityRoles.find((role) => role === event.target.value) ?? '')}
        aria-invalid={error ? true : undefined}
      >
        <Select.Option value="">Velg rolle</Select.Option>
        {responsibilityRoles.map((role) => (
          <Select.Option key={role} value={role}>
            {roleLabels[role]}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

type ResponsibilityRowProps = { measureId: number; responsibility: Responsibility; position: number };

function ResponsibilityRow({ measureId, responsibility, position }: ResponsibilityRowProps) {
  const fieldIds = useFieldIds(labels);
  const queryClient = useQueryClient();
  const update = useUpdateResponsibility();
  const remove = useDeleteResponsibility();
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState(false);
  const name = responsibility.party.name;

  const edit = useVersionedEdit({
    resource: responsibility,
    valuesOf: (current: Responsibility) => valuesOf(current, position),
    labels,
    toInput: (values: ResponsibilityValues): ParsedForm<ResponsibilityUpdate, ResponsibilityField> => {
      const at = parseWholeNumber(values.position);
      const fields: Partial<Record<ResponsibilityField, string>> = {};
      if (!values.role) fields.role = `${labels.role}: må velges`;
      if (at === null) fields.position = `${labels.position}: må være et helt tall, f.eks. 1`;
      if (!values.role || at === null) return { errors: { fields, general: [] } };
      return { input: { role: values.role, wording: values.wording, position: at } };
    },
    save: ({ version, input }) =>
      update.mutateAsync({ measureId, responsibilityId: responsibility.id, version, input }),
    fetchCurrent: () =>
      queryClient.fetchQuery({ ...responsibilityQueryOptions(measureId, responsibility.id), staleTime: 0 }),
    onSaved: () => setSaved(true),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void edit.submit();
  };

  return (
    <li>
      <Card data-color="neutral" className="responsibility-editor">
        <Heading level={3} data-size="2xs">
          {name}
        </Heading>
        {edit.conflict && (
          <ConflictAlert
            what="ansvaret"
            items={conflictItems(edit.conflict, conflictFields)}
            busy={edit.saving}
            onUseMine={edit.saveMineOverConflict}
            onDiscardMine={edit.discardMine}
          />
        )}
        <FormErrorSummary
          errors={edit.errors}
          fieldIds={fieldIds}
          heading={`Vi kunne ikke lagre ansvaret til ${name}`}
          attempt={edit.attempt}
        />
        <form className="responsibility-editor__form" onSubmit={submit} noValidate aria-label={`Ansvaret til ${name}`}>
          <RoleSelect
            id={fieldIds.role}
            value={edit.values.role}
            error={edit.errors.fields.role}
            onChange={(role) => edit.setValues({ ...edit.values, role })}
          />
          <Textfield
            id={fieldIds.wording}
            label={labels.wording}
            description="Slik ansvarslinjen nevner den ansvarlige."
            value={edit.values.wording}
            onChange={(event) => edit.setValues({ ...edit.values, wording: event.target.value })}
            error={edit.errors.fields.wording}
          />
          <Textfield
            id={fieldIds.position}
            label={labels.position}
            inputMode="numeric"
            className="narrow-field"
            value={edit.values.position}
            onChange={(event) => edit.setValues({ ...edit.values, position: event.target.value })}
            error={edit.errors.fields.position}
          />
          <div className="form-actions">
            <Button type="submit" variant="secondary" data-size="sm" disabled={edit.saving}>
              Lagre <span className="visually-hidden">ansvaret til {name}</span>
            </Button>
            <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => setConfirming(true)}>
              Fjern {name}
            </Button>
          </div>
        </form>
        <Paragraph role="status" data-size="sm">
          {saved ? 'Lagret.' : ''}
        </Paragraph>
        {remove.isError && <Paragraph data-size="sm">{problemMessage(remove.error)}</Paragraph>}
      </Card>
      <ConfirmDialog
        open={confirming}
        heading={`Fjerne ${name} fra tiltaket?`}
        confirmLabel="Fjern"
        busy={remove.isPending}
        onConfirm={() =>
          remove.mutate(
            { measureId, responsibilityId: responsibility.id, version: responsibility.version },
            { onSettled: () => setConfirming(false) },
          )
        }
        onCancel={() => setConfirming(false)}
      >
        Ansvarslinjen i planen endres ikke; rediger den selv hvis den skal si noe annet.
      </ConfirmDialog>
    </li>
  );
}

function AddResponsibility({ measure, parties }: { measure: Measure; parties: readonly PartyRef[] }) {
  const fieldIds = useFieldIds(labels);
  const [values, setValues] = useState<ResponsibilityValues>({ partyId: '', role: '', wording: '', position: '' });
  const [errors, setErrors] = useState(noFormErrors<ResponsibilityField>);
  const [attempt, setAttempt] = useState(0);
  const create = useCreateResponsibility();
  const taken = new Set(measure.responsibilities.map(({ party }) => party.id));
  const available = parties.filter((party) => !taken.has(party.id));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const partyId = parseWholeNumber(values.partyId);
    const fields: Partial<Record<ResponsibilityField, string>> = {};
    if (partyId === null) fields.partyId = `${labels.partyId}: må velges`;
    if (!values.role) fields.role = `${labels.role}: må velges`;
    if (partyId === null || !values.role) {
      setErrors({ fields, general: [] });
      return;
    }
    create.mutate(
      {
        measureId: measure.id,
        input: { partyId, role: values.role, ...(values.wording.trim() ? { wording: values.wording } : {}) },
      },
      {
        onSuccess: () => {
          setValues({ partyId: '', role: '', wording: '', position: '' });
          setErrors(noFormErrors());
        },
        onError: (error) => setErrors(formErrorsFromError(error, labels)),
      },
    );
  };

  return (
    <Card data-color="neutral" className="responsibility-editor">
      <Heading level={3} data-size="2xs">
        Legg til ansvarlig
      </Heading>
      <FormErrorSummary errors={errors} fieldIds={fieldIds} heading="Vi kunne ikke legge til den ansvarlige" attempt={attempt} />
      <form className="responsibility-editor__form" onSubmit={submit} noValidate aria-label="Legg til ansvarlig">
        <Field>
          <Label htmlFor={fieldIds.partyId}>{labels.partyId}</Label>
          <Select
            id={fieldIds.partyId}
            value={values.partyId}
            onChange={(event) => setValues({ ...values, partyId: event.target.value })}
            aria-invalid={errors.fields.partyId ? true : undefined}
          >
            <Select.Option value="">Velg ansvarlig</Select.Option>
            {available.map((party) => (
              <Select.Option key={party.id} value={String(party.id)}>
                {party.name}
              </Select.Option>
            ))}
          </Select>
          {errors.fields.partyId && <ValidationMessage>{errors.fields.partyId}</ValidationMessage>}
        </Field>
        <RoleSelect
          id={fieldIds.role}
          value={values.role}
          error={errors.fields.role}
          onChange={(role) => setValues({ ...values, role })}
        />
        <Textfield
          id={fieldIds.wording}
          label={`${labels.wording} (valgfritt)`}
          description="Slik ansvarslinjen nevner den ansvarlige; navnet brukes når feltet er tomt."
          value={values.wording}
          onChange={(event) => setValues({ ...values, wording: event.target.value })}
          error={errors.fields.wording}
        />
        <div className="form-actions">
          <Button type="submit" variant="secondary" data-size="sm" disabled={create.isPending}>
            Legg til
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** Who leads the measure and who partners in it: each party's role, as separate, versioned resources. */
export function ResponsibilitiesEditor({ measure, parties }: { measure: Measure; parties: readonly PartyRef[] }) {
  return (
    <section className="page-section" aria-labelledby="responsibilities-heading">
      <Heading level={2} data-size="sm" id="responsibilities-heading">
        Ansvarlige
      </Heading>
      <Paragraph>
        Hvem som leder tiltaket, og hvem som er samarbeidspartnere. Filtrene og sidene for de ansvarlige bygger på
        dette; ansvarslinjen over er teksten slik planen formulerer den.
      </Paragraph>
      {measure.responsibilities.length > 0 ? (
        <ol className="responsibility-editors" aria-label="Ansvarlige for tiltaket">
          {measure.responsibilities.map((responsibility, index) => (
            <ResponsibilityRow
              key={responsibility.id}
              measureId={measure.id}
              responsibility={responsibility}
              position={index + 1}
            />
          ))}
        </ol>
      ) : (
        <Paragraph>Ingen ansvarlige er registrert for tiltaket.</Paragraph>
      )}
      <AddResponsibility measure={measure} parties={parties} />
    </section>
  );
}
