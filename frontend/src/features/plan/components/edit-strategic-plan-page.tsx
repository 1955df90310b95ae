import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';

import { AppLink } from '../../../components/app-link';
import { conflictItems } from '../../../components/form/conflict-alert';
import { EditForm } from '../../../components/form/edit-form';
import { noticeState } from '../../../components/notice';
import { routePaths } from '../../../config/paths';
import type { StrategicPlan, StrategicPlanUpdate } from '../../../lib/api/types';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { useVersionedEdit, type ParsedForm } from '../../../lib/forms/use-versioned-edit';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCurrentStrategicPlan } from '../api/get-current-strategic-plan';
import { strategicPlanQueryOptions } from '../api/get-strategic-plan';
import { useUpdateStrategicPlan } from '../api/update-strategic-plan';
import {
  planConflictFields,
  optionalText,
  parsePeriod,
  planFieldLabels,
  PlanFields,
  planValuesOf,
  type PlanField,
  type PlanFormValues,
} from './plan-fields';

const fields = ['title', 'periodStart', 'periodEnd', 'adoptedBy', 'adoptedOn', 'closingStatement'] as const;

function toStrategicPlanUpdate(values: PlanFormValues): ParsedForm<StrategicPlanUpdate, PlanField> {
  const period = parsePeriod(values);
  if ('errors' in period) return period;
  return { input: { title: values.title, ...period, ...optionalText(values, 'adoptedBy', 'adoptedOn', 'closingStatement') } };
}

/** The strategic plan the app shows: its title, period, adoption and closing statement. */
export function EditStrategicPlanPage() {
  const { data: plan } = useCurrentStrategicPlan();
  const fieldIds = useFieldIds(planFieldLabels);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const update = useUpdateStrategicPlan();
  useDocumentTitle('Rediger strategisk plan');

  const edit = useVersionedEdit<StrategicPlan, PlanFormValues, PlanField, StrategicPlanUpdate>({
    resource: plan,
    valuesOf: planValuesOf,
    labels: planFieldLabels,
    toInput: toStrategicPlanUpdate,
    save: ({ version, input }) => update.mutateAsync({ planId: plan.id, version, input }),
    fetchCurrent: () => queryClient.fetchQuery({ ...strategicPlanQueryOptions(plan.id), staleTime: 0 }),
    onSaved: () => navigate(routePaths.home(), { state: noticeState('Den strategiske planen er lagret.') }),
  });

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Rediger strategisk plan
      </Heading>
      <Paragraph>
        <AppLink to={routePaths.home()}>Tilbake til planen</AppLink>
      </Paragraph>
      <EditForm
        errors={edit.errors}
        fieldIds={fieldIds}
        errorHeading="Vi kunne ikke lagre planen"
        attempt={edit.attempt}
        busy={edit.saving}
        submitLabel="Lagre endringene"
        cancelTo={routePaths.home()}
        onSubmit={() => void edit.submit()}
        conflict={
          edit.conflict && {
            what: 'planen',
            items: conflictItems(edit.conflict, planConflictFields(fields)),
            onUseMine: edit.saveMineOverConflict,
            onDiscardMine: () => {
              edit.discardMine();
              document.getElementById(fieldIds.title)?.focus();
            },
          }
        }
      >
        <PlanFields fields={fields} fieldIds={fieldIds} values={edit.values} errors={edit.errors} onChange={edit.setValues} />
      </EditForm>
    </div>
  );
}
