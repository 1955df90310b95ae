import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';

import { AppLink } from '../../../components/app-link';
import { DeleteSection } from '../../../components/delete-section';
import { conflictItems } from '../../../components/form/conflict-alert';
import { EditForm } from '../../../components/form/edit-form';
import { noticeState } from '../../../components/notice';
import { routePaths } from '../../../config/paths';
import type { ActionPlan, ActionPlanUpdate } from '../../../lib/api/types';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { useVersionedEdit, type ParsedForm } from '../../../lib/forms/use-versioned-edit';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDeleteActionPlan } from '../api/delete-action-plan';
import { actionPlanQueryOptions } from '../api/get-action-plan';
import { useUpdateActionPlan } from '../api/update-action-plan';
import { PeriodsEditor } from './periods-editor';
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

const fields = [
  'title',
  'periodStart',
  'periodEnd',
  'adoptedBy',
  'adoptedOn',
  'introduction',
  'measuresIntroduction',
] as const;

function toActionPlanUpdate(values: PlanFormValues): ParsedForm<ActionPlanUpdate, PlanField> {
  const period = parsePeriod(values);
  if ('errors' in period) return period;
  return {
    input: {
      title: values.title,
      ...period,
      ...optionalText(values, 'adoptedBy', 'adoptedOn', 'introduction', 'measuresIntroduction'),
    },
  };
}

/** An action plan of the strategic plan: its title, period, adoption and introductions. */
type EditActionPlanPageProps = {
  actionPlan: ActionPlan;
  /** How many measures the action plan has: one or more, and it cannot be deleted. */
  measureCount: number;
};

export function EditActionPlanPage({ actionPlan, measureCount }: EditActionPlanPageProps) {
  const fieldIds = useFieldIds(planFieldLabels);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const update = useUpdateActionPlan();
  const remove = useDeleteActionPlan();
  useDocumentTitle(`Rediger handlingsplan ${actionPlan.code}`);

  const edit = useVersionedEdit<ActionPlan, PlanFormValues, PlanField, ActionPlanUpdate>({
    resource: actionPlan,
    valuesOf: planValuesOf,
    labels: planFieldLabels,
    toInput: toActionPlanUpdate,
    save: ({ version, input }) => update.mutateAsync({ actionPlanId: actionPlan.id, version, input }),
    fetchCurrent: () => queryClient.fetchQuery({ ...actionPlanQueryOptions(actionPlan.id), staleTime: 0 }),
    onSaved: () => navigate(routePaths.home(), { state: noticeState('Handlingsplanen er lagret.') }),
  });

  const deleteActionPlan = (done: () => void) =>
    remove.mutate(
      { actionPlanId: actionPlan.id, version: actionPlan.version },
      {
        onSuccess: () =>
          navigate(routePaths.home(), { state: noticeState(`Handlingsplan ${actionPlan.code} er slettet.`) }),
        onSettled: done,
      },
    );

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Rediger handlingsplan {actionPlan.code}
      </Heading>
      <Paragraph>
        <AppLink to={routePaths.home()}>Tilbake til planen</AppLink>
      </Paragraph>
      <EditForm
        errors={edit.errors}
        fieldIds={fieldIds}
        errorHeading="Vi kunne ikke lagre handlingsplanen"
        attempt={edit.attempt}
        busy={edit.saving}
        submitLabel="Lagre endringene"
        cancelTo={routePaths.home()}
        onSubmit={() => void edit.submit()}
        conflict={
          edit.conflict && {
            what: 'handlingsplanen',
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
      <PeriodsEditor actionPlanId={actionPlan.id} />
      <DeleteSection
        heading="Slett handlingsplanen"
        description="En handlingsplan med tiltak kan ikke slettes."
        blockedBecause={
          measureCount > 0
            ? `Handlingsplanen har ${measureCount} tiltak og kan derfor ikke slettes.`
            : null
        }
        buttonLabel="Slett handlingsplan"
        confirmHeading={`Slette handlingsplan ${actionPlan.code}?`}
        confirmText={`«${actionPlan.title}» slettes for godt. Endringsloggen beholder det som ble slettet.`}
        busy={remove.isPending}
        error={remove.error}
        onDelete={deleteActionPlan}
      />
    </div>
  );
}
