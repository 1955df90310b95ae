import { Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { EditForm } from '../../../components/form/edit-form';
import { noticeState } from '../../../components/notice';
import { routePaths } from '../../../config/paths';
import type { PartyRef } from '../../../lib/api/types';
import { formErrorsFromError, noFormErrors } from '../../../lib/forms/form-errors';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateAccount } from '../api/create-account';
import {
  accountFieldIds,
  accountFieldLabels,
  AccountFields,
  emptyAccountValues,
  emailFor,
  partyIdFor,
  roleErrors,
  type AccountField,
} from './account-fields';

export function CreateAccountPage({ parties }: { parties: readonly PartyRef[] }) {
  const inputIds = useFieldIds(accountFieldLabels);
  const fieldIds = accountFieldIds(inputIds);
  const [values, setValues] = useState(emptyAccountValues);
  const [errors, setErrors] = useState(noFormErrors<AccountField>);
  const [attempt, setAttempt] = useState(0);
  const create = useCreateAccount();
  const navigate = useNavigate();
  useDocumentTitle('Ny bruker');

  const submit = () => {
    setAttempt((n) => n + 1);
    const missingRole = roleErrors(values);
    if (missingRole || !values.role) {
      setErrors(missingRole ?? noFormErrors());
      return;
    }
    const partyId = partyIdFor(values);
    const email = emailFor(values);
    create.mutate(
      {
        username: values.username,
        displayName: values.displayName,
        password: values.password,
        role: values.role,
        ...(partyId === undefined ? {} : { partyId }),
        ...(email === undefined ? {} : { email }),
      },
      {
        onSuccess: () =>
          navigate(routePaths.accounts(), { state: noticeState(`Brukeren ${values.username} er opprettet.`) }),
        onError: (error) => setErrors(formErrorsFromError(error, accountFieldLabels)),
      },
    );
  };

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Ny bruker
      </Heading>
      <EditForm
        errors={errors}
        fieldIds={fieldIds}
        errorHeading="Vi kunne ikke opprette brukeren"
        attempt={attempt}
        busy={create.isPending}
        submitLabel="Opprett bruker"
        busyLabel="Oppretter …"
        cancelTo={routePaths.accounts()}
        onSubmit={submit}
      >
        <AccountFields
          mode="create"
          inputIds={inputIds}
          values={values}
          errors={errors}
          parties={parties}
          onChange={setValues}
        />
      </EditForm>
    </div>
  );
}
