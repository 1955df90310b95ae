import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';

import { AppLink } from '../../../components/app-link';
import { DeleteSection } from '../../../components/delete-section';
import { conflictItems, shownText, type ConflictField } from '../../../components/form/conflict-alert';
import { EditForm } from '../../../components/form/edit-form';
import { noticeState } from '../../../components/notice';
import { routePaths } from '../../../config/paths';
import type { PartyUpdate } from '../../../lib/api/types';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { useVersionedEdit, type ParsedForm } from '../../../lib/forms/use-versioned-edit';
import { partyKindLabels } from '../../../lib/labels';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDeleteParty } from '../api/delete-party';
import { partyQueryOptions, useParty } from '../api/get-party';
import { partyContactQueryOptions, usePartyContact } from '../api/get-party-contact';
import { useUpdateParty } from '../api/update-party';
import {
  partyEmailFor,
  partyFieldLabels,
  PartyFields,
  partyValuesOf,
  type EditableParty,
  type PartyField,
  type PartyFormValues,
} from './party-fields';

const conflictFields: ConflictField<PartyFormValues>[] = [
  { label: partyFieldLabels.name, fields: ['name'], show: (values) => shownText(values.name) },
  {
    label: partyFieldLabels.kind,
    fields: ['kind'],
    show: (values) => (values.kind ? partyKindLabels[values.kind] : shownText('')),
  },
  { label: partyFieldLabels.email, fields: ['email'], show: (values) => shownText(values.email) },
];

function toPartyUpdate(values: PartyFormValues): ParsedForm<PartyUpdate, PartyField> {
  if (!values.kind) return { errors: { fields: { kind: `${partyFieldLabels.kind}: må velges` }, general: [] } };
  const email = partyEmailFor(values);
  // Left out, the party has no address (PUT replaces it).
  return { input: { name: values.name, kind: values.kind, ...(email === undefined ? {} : { email }) } };
}

export function EditPartyPage({ partyId }: { partyId: number }) {
  const { data: publicParty } = useParty(partyId);
  const { data: contact } = usePartyContact(partyId);
  const party: EditableParty = useMemo(() => ({ ...publicParty, email: contact.email ?? null }), [publicParty, contact]);
  const fieldIds = useFieldIds(partyFieldLabels);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const update = useUpdateParty();
  const remove = useDeleteParty();
  useDocumentTitle(`Rediger ${party.name}`);

  const edit = useVersionedEdit({
    resource: party,
    valuesOf: partyValuesOf,
    labels: partyFieldLabels,
    toInput: toPartyUpdate,
    save: async ({ version, input }) => ({
      ...(await update.mutateAsync({ partyId, version, input })),
      email: input.email ?? null,
    }),
    fetchCurrent: async () => {
      const [current, currentContact] = await Promise.all([
        queryClient.fetchQuery({ ...partyQueryOptions(partyId), staleTime: 0 }),
        queryClient.fetchQuery({ ...partyContactQueryOptions(partyId), staleTime: 0 }),
      ]);
      return { ...current, email: currentContact.email ?? null };
    },
    onSaved: (saved) => navigate(routePaths.party(saved.id), { state: noticeState('Endringene er lagret.') }),
  });

  const deleteParty = (done: () => void) =>
    remove.mutate(
      { partyId, version: party.version },
      {
        onSuccess: () => navigate(routePaths.parties(), { state: noticeState(`${party.name} er slettet.`) }),
        onSettled: done,
      },
    );

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Rediger {party.name}
      </Heading>
      <Paragraph>
        <AppLink to={routePaths.party(partyId)}>Tilbake til {party.name}</AppLink>
      </Paragraph>
      <EditForm
        errors={edit.errors}
        fieldIds={fieldIds}
        errorHeading="Vi kunne ikke lagre endringene"
        attempt={edit.attempt}
        busy={edit.saving}
        submitLabel="Lagre endringene"
        cancelTo={routePaths.party(partyId)}
        onSubmit={() => void edit.submit()}
        conflict={
          edit.conflict && {
            what: 'den ansvarlige',
            items: conflictItems(edit.conflict, conflictFields),
            onUseMine: edit.saveMineOverConflict,
            onDiscardMine: () => {
              edit.discardMine();
              document.getElementById(fieldIds.name)?.focus();
            },
          }
        }
      >
        <PartyFields mode="edit" fieldIds={fieldIds} values={edit.values} errors={edit.errors} onChange={edit.setValues} />
      </EditForm>
      <DeleteSection
        heading="Slett den ansvarlige"
        description="En ansvarlig som har ansvar for tiltak, eller som brukere eller API-tokens rapporterer for, kan ikke slettes."
        blockedBecause={
          party.measures.length > 0
            ? `${party.name} har ansvar for ${party.measures.length} tiltak og kan ikke slettes før ansvaret er fjernet fra ${party.measures.length === 1 ? 'det' : 'dem'}.`
            : null
        }
        buttonLabel={`Slett ${party.name}`}
        confirmHeading={`Slette ${party.name}?`}
        confirmText="Den ansvarlige slettes for godt. Endringsloggen beholder det som ble slettet."
        busy={remove.isPending}
        error={remove.error}
        onDelete={deleteParty}
      />
    </div>
  );
}
