import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';

import { EditForm } from '../../../components/form/edit-form';
import { noticeState } from '../../../components/notice';
import { routePaths } from '../../../config/paths';
import type { SectionRef } from '../../../lib/api/types';
import { formErrorsFromError, noFormErrors, parseWholeNumber } from '../../../lib/forms/form-errors';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateGoal } from '../api/create-goal';
import { goalFieldLabels, GoalFields, goalPartLabels, interestPolicyOf, type GoalField } from './goal-fields';

type CreateGoalPageProps = {
  strategicPlan: { id: number; title: string };
  sections: readonly SectionRef[];
};

export function CreateGoalPage({ strategicPlan, sections }: CreateGoalPageProps) {
  const fieldIds = useFieldIds(goalFieldLabels);
  const mattersId = useId();
  const [values, setValues] = useState({
    sectionId: '',
    text: '',
    position: '',
    interestPolicyHeading: '',
    interestPolicyMatters: '',
  });
  const [errors, setErrors] = useState(noFormErrors<GoalField>);
  const [attempt, setAttempt] = useState(0);
  const create = useCreateGoal();
  const navigate = useNavigate();
  useDocumentTitle('Nytt mål');

  const submit = () => {
    setAttempt((n) => n + 1);
    const sectionId = parseWholeNumber(values.sectionId);
    if (sectionId === null) {
      setErrors({ fields: { sectionId: `${goalFieldLabels.sectionId}: må velges` }, general: [] });
      return;
    }
    const interestPolicy = interestPolicyOf(values);
    create.mutate(
      { strategicPlanId: strategicPlan.id, sectionId, text: values.text, ...(interestPolicy ? { interestPolicy } : {}) },
      {
        onSuccess: (goalId) => navigate(routePaths.goal(goalId), { state: noticeState('Målet er opprettet.') }),
        onError: (error) => setErrors(formErrorsFromError(error, goalFieldLabels, goalPartLabels)),
      },
    );
  };

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Nytt mål
      </Heading>
      <Paragraph>I {strategicPlan.title}. Målet får nummeret etter det siste målet i delen den hører til.</Paragraph>
      <EditForm
        errors={errors}
        fieldIds={fieldIds}
        errorHeading="Vi kunne ikke opprette målet"
        attempt={attempt}
        busy={create.isPending}
        submitLabel="Opprett mål"
        busyLabel="Oppretter …"
        cancelTo={routePaths.home()}
        onSubmit={submit}
      >
        <GoalFields
          mode="create"
          fieldIds={fieldIds}
          mattersId={mattersId}
          values={values}
          errors={errors}
          sections={sections}
          onChange={setValues}
        />
      </EditForm>
    </div>
  );
}
