import { Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { EditForm } from '../../../components/form/edit-form';
import { noticeState } from '../../../components/notice';
import { routePaths } from '../../../config/paths';
import { formErrorsFromError, noFormErrors } from '../../../lib/forms/form-errors';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateParty } from '../api/create-party';
import { partyEmailFor, partyFieldLabels, PartyFields, type PartyField, type PartyFormValues } from './party-fields';

export function CreatePartyPage() {
  const fieldIds = useFieldIds(partyFieldLabels);
  const [values, setValues] = useState<PartyFormValues>({ slug: '', name: '', kind: '', email: '' });
  const [errors, setErrors] = useState(noFormErrors<PartyField>);
  const [attempt, setAttempt] = useState(0);
  const create = useCreateParty();
  const navigate = useNavigate();
  useDocumentTitle('Ny ansvarlig');

  const submit = () => {
    setAttempt((n) => n + 1);
    if (!values.kind) {
      setErrors({ fields: { kind: `${partyFieldLabels.kind}: må velges` }, general: [] });
      return;
    }
    const email = partyEmailFor(values);
    create.mutate(
      { slug: values.slug, name: values.name, kind: values.kind, ...(email === undefined ? {} : { email }) },
      {
        onSuccess: (partyId) =>
          navigate(routePaths.party(partyId), { state: noticeState(`${values.name} er opprettet.`) }),
        onError: (error) => setErrors(formErrorsFromError(error, partyFieldLabels)),
      },
    );
  };

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Ny ansvarlig
      </Heading>
      <EditForm
        errors={errors}
        fieldIds={fieldIds}
        errorHeading="Vi kunne ikke opprette den ansvarlige"
        attempt={attempt}
        busy={create.isPending}
        submitLabel="Opprett ansvarlig"
        busyLabel="Oppretter …"
        cancelTo={routePaths.parties()}
        onSubmit={submit}
      >
        <PartyFields mode="create" fieldIds={fieldIds} values={values} errors={errors} onChange={setValues} />
      </EditForm>
    </div>
  );
}
