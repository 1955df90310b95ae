import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { EditForm } from '../../../components/form/edit-form';
import { noticeState } from '../../../components/notice';
import { routePaths } from '../../../config/paths';
import type { StrategicPlan } from '../../../lib/api/types';
import { formErrorsFromError, noFormErrors } from '../../../lib/forms/form-errors';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateActionPlan } from '../api/create-action-plan';
import { emptyPlanValues, optionalText, parsePeriod, planFieldLabels, PlanFields, type PlanField } from './plan-fields';

const fields = [
  'code',
  'title',
  'periodStart',
  'periodEnd',
  'adoptedBy',
  'adoptedOn',
  'introduction',
  'measuresIntroduction',
] as const;

export function CreateActionPlanPage({ strategicPlan }: { strategicPlan: Pick<StrategicPlan, 'id' | 'title'> }) {
  const fieldIds = useFieldIds(planFieldLabels);
  const [values, setValues] = useState(emptyPlanValues);
  const [errors, setErrors] = useState(noFormErrors<PlanField>);
  const [attempt, setAttempt] = useState(0);
  const create = useCreateActionPlan();
  const navigate = useNavigate();
  useDocumentTitle('Ny handlingsplan');

  const submit = () => {
    setAttempt((n) => n + 1);
    const period = parsePeriod(values);
    if ('errors' in period) {
      setErrors(period.errors);
      return;
    }
    create.mutate(
      {
        strategicPlanId: strategicPlan.id,
        code: values.code,
        title: values.title,
        ...period,
        ...optionalText(values, 'adoptedBy', 'adoptedOn', 'introduction', 'measuresIntroduction'),
      },
      {
        onSuccess: () => navigate(routePaths.home(), { state: noticeState('Handlingsplanen er opprettet.') }),
        onError: (error) => setErrors(formErrorsFromError(error, planFieldLabels)),
      },
    );
  };

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Ny handlingsplan
      </Heading>
      <Paragraph>Under {strategicPlan.title}. Perioden må ligge innenfor den strategiske planens periode.</Paragraph>
      <EditForm
        errors={errors}
        fieldIds={fieldIds}
        errorHeading="Vi kunne ikke opprette handlingsplanen"
        attempt={attempt}
        busy={create.isPending}
        submitLabel="Opprett handlingsplan"
        busyLabel="Oppretter …"
        cancelTo={routePaths.home()}
        onSubmit={submit}
      >
        <PlanFields fields={fields} fieldIds={fieldIds} values={values} errors={errors} onChange={setValues} />
      </EditForm>
    </div>
  );
}
