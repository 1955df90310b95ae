import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';

import { conflictItems, type ConflictField } from '../../../components/form/conflict-alert';
import { EditForm } from '../../../components/form/edit-form';
import { noticeState } from '../../../components/notice';
import { routePaths } from '../../../config/paths';
import type { AccountUpdate, PartyRef } from '../../../lib/api/types';
import { formatDateTime } from '../../../lib/format/date';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { useVersionedEdit, type ParsedForm } from '../../../lib/forms/use-versioned-edit';
import { accountRoleLabels } from '../../../lib/labels';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { accountQueryOptions, useAccount } from '../api/get-account';
import { useUpdateAccount } from '../api/update-account';
import {
  accountFieldIds,
  accountFieldLabels,
  AccountFields,
  accountValuesOf,
  emailFor,
  partyIdFor,
  roleErrors,
  type AccountField,
  type AccountFormValues,
} from './account-fields';

function toAccountUpdate(values: AccountFormValues): ParsedForm<AccountUpdate, AccountField> {
  const missingRole = roleErrors(values);
  if (missingRole || !values.role) return { errors: missingRole ?? { fields: {}, general: [] } };
  const partyId = partyIdFor(values);
  const input: AccountUpdate = { displayName: values.displayName, role: values.role, active: values.active };
  if (partyId !== undefined) input.partyId = partyId;
  // Left out, the account has no address (PUT replaces it).
  const email = emailFor(values);
  if (email !== undefined) input.email = email;
  // Left out, the password stays as it is.
  if (values.newPassword) input.newPassword = values.newPassword;
  return { input };
}

function conflictFields(parties: readonly PartyRef[]): ConflictField<AccountFormValues>[] {
  return [
    { label: accountFieldLabels.displayName, fields: ['displayName'], show: (values) => values.displayName || '(tomt)' },
    {
      label: accountFieldLabels.role,
      fields: ['role', 'partyId'],
      show: (values) => {
        const party = values.role === 'REPORTER' ? parties.find((p) => String(p.id) === values.partyId) : undefined;
        return `${values.role ? accountRoleLabels[values.role] : '(tomt)'}${party ? ` for ${party.name}` : ''}`;
      },
    },
    { label: accountFieldLabels.email, fields: ['email'], show: (values) => values.email || '(tomt)' },
    { label: accountFieldLabels.active, fields: ['active'], show: (values) => (values.active ? 'Ja' : 'Nei') },
  ];
}

type EditAccountPageProps = { accountId: number; parties: readonly PartyRef[] };

export function EditAccountPage({ accountId, parties }: EditAccountPageProps) {
  const { data: account } = useAccount(accountId);
  const inputIds = useFieldIds(accountFieldLabels);
  const fieldIds = accountFieldIds(inputIds);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const update = useUpdateAccount();
  useDocumentTitle(`Bruker ${account.username}`);

  const edit = useVersionedEdit({
    resource: account,
    valuesOf: accountValuesOf,
    labels: accountFieldLabels,
    toInput: toAccountUpdate,
    save: ({ version, input }) => update.mutateAsync({ accountId, version, input }),
    fetchCurrent: () => queryClient.fetchQuery({ ...accountQueryOptions(accountId), staleTime: 0 }),
    onSaved: (saved) =>
      navigate(routePaths.accounts(), { state: noticeState(`Endringene på ${saved.username} er lagret.`) }),
  });

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Bruker {account.username}
      </Heading>
      <Paragraph className="muted">
        Opprettet {formatDateTime(account.createdAt)}
        {account.passwordChangedAt && `. Nytt passord satt ${formatDateTime(account.passwordChangedAt)}`}.
      </Paragraph>
      <EditForm
        errors={edit.errors}
        fieldIds={fieldIds}
        errorHeading="Vi kunne ikke lagre brukeren"
        attempt={edit.attempt}
        busy={edit.saving}
        submitLabel="Lagre endringene"
        cancelTo={routePaths.accounts()}
        onSubmit={() => void edit.submit()}
        conflict={
          edit.conflict && {
            what: 'brukeren',
            items: conflictItems(edit.conflict, conflictFields(parties)),
            onUseMine: edit.saveMineOverConflict,
            onDiscardMine: () => {
              edit.discardMine();
              document.getElementById(inputIds.displayName)?.focus();
            },
          }
        }
      >
        <AccountFields
          mode="edit"
          inputIds={inputIds}
          values={edit.values}
          errors={edit.errors}
          parties={parties}
          onChange={edit.setValues}
        />
      </EditForm>
    </div>
  );
}
