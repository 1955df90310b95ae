import type { QueryClient } from '@tanstack/react-query';
import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';

import { NotFound } from '../../components/not-found';
import { canEditPlan } from '../../features/auth/permissions';
import { goalQueryOptions } from '../../features/goals/api/get-goal';
import { CreateGoalPage } from '../../features/goals/components/create-goal-page';
import { EditGoalPage } from '../../features/goals/components/edit-goal-page';
import { measuresQueryOptions, useMeasures } from '../../features/measures/api/get-measures';
import { partyQueryOptions } from '../../features/parties/api/get-party';
import { partyContactQueryOptions } from '../../features/parties/api/get-party-contact';
import { CreatePartyPage } from '../../features/parties/components/create-party-page';
import { EditPartyPage } from '../../features/parties/components/edit-party-page';
import { currentStrategicPlanQueryOptions, useCurrentStrategicPlan } from '../../features/plan/api/get-current-strategic-plan';
import { CreateActionPlanPage } from '../../features/plan/components/create-action-plan-page';
import { EditActionPlanPage } from '../../features/plan/components/edit-action-plan-page';
import { EditStrategicPlanPage } from '../../features/plan/components/edit-strategic-plan-page';
import { PlanDownloads } from '../../features/transfer/components/plan-downloads';
import { actionPlanPeriodsQueryOptions } from '../../lib/periods';
import { requireUser } from './guards';
import { requireId } from './route-params';

/* Editing the plan itself: goals, responsible bodies, the strategic plan and its action plans (editors). */

const requireEditor = (queryClient: QueryClient, request: Request) => requireUser(queryClient, request, canEditPlan);

/** The strategic plan the app shows, as the edit pages start from it: always the current version. */
const freshPlan = (queryClient: QueryClient) =>
  queryClient.fetchQuery({ ...currentStrategicPlanQueryOptions(), staleTime: 0 });

export const editGoalLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const goalId = requireId(params.goalId);
    await requireEditor(queryClient, request);
    await Promise.all([
      queryClient.fetchQuery({ ...goalQueryOptions(goalId), staleTime: 0 }),
      queryClient.fetchQuery(currentStrategicPlanQueryOptions()),
    ]);
    return { goalId };
  };

export function EditGoalRoute() {
  const { goalId } = useLoaderData<ReturnType<typeof editGoalLoader>>();
  const { data: plan } = useCurrentStrategicPlan();
  return <EditGoalPage key={goalId} goalId={goalId} sections={plan.sections} />;
}

export const newGoalLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireEditor(queryClient, request);
    await queryClient.fetchQuery(currentStrategicPlanQueryOptions());
    return null;
  };

export function NewGoalRoute() {
  const { data: plan } = useCurrentStrategicPlan();
  return <CreateGoalPage strategicPlan={plan} sections={plan.sections} />;
}

export const editPartyLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const partyId = requireId(params.partyId);
    await requireEditor(queryClient, request);
    await Promise.all([
      queryClient.fetchQuery({ ...partyQueryOptions(partyId), staleTime: 0 }),
      queryClient.fetchQuery({ ...partyContactQueryOptions(partyId), staleTime: 0 }),
    ]);
    return { partyId };
  };

export function EditPartyRoute() {
  const { partyId } = useLoaderData<ReturnType<typeof editPartyLoader>>();
  return <EditPartyPage key={partyId} partyId={partyId} />;
}

export const newPartyLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireEditor(queryClient, request);
    return null;
  };

export function NewPartyRoute() {
  return <CreatePartyPage />;
}

export const editStrategicPlanLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const planId = requireId(params.planId);
    await requireEditor(queryClient, request);
    const plan = await freshPlan(queryClient);
    // The app keeps one plan, the current one; older plans are not edited here.
    if (plan.id !== planId) throw data('Ikke den gjeldende planen', { status: 404 });
    return null;
  };

/** Below each plan's form, its files: editors take them to the council's papers or to another installation. */
function Downloads(props: { strategicPlanId: number; actionPlanId?: number }) {
  return (
    <div className="page">
      <PlanDownloads {...props} />
    </div>
  );
}

export function EditStrategicPlanRoute() {
  const { data: plan } = useCurrentStrategicPlan();
  return (
    <>
      <EditStrategicPlanPage />
      <Downloads strategicPlanId={plan.id} />
    </>
  );
}

export const editActionPlanLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const actionPlanId = requireId(params.actionPlanId);
    await requireEditor(queryClient, request);
    // Its measures, fresh: while it has any, the page says it cannot be deleted instead of offering to.
    await Promise.all([
      freshPlan(queryClient),
      queryClient.fetchQuery({ ...measuresQueryOptions({ actionPlan: actionPlanId }), staleTime: 0 }),
      queryClient.fetchQuery({ ...actionPlanPeriodsQueryOptions(actionPlanId), staleTime: 0 }),
    ]);
    return { actionPlanId };
  };

export function EditActionPlanRoute() {
  const { actionPlanId } = useLoaderData<ReturnType<typeof editActionPlanLoader>>();
  const { data: plan } = useCurrentStrategicPlan();
  const { data: measures } = useMeasures({ actionPlan: actionPlanId });
  const actionPlan = plan.actionPlans.find(({ id }) => id === actionPlanId);
  if (!actionPlan) return <NotFound />;
  return (
    <>
      <EditActionPlanPage key={actionPlanId} actionPlan={actionPlan} measureCount={measures.length} />
      <Downloads strategicPlanId={plan.id} actionPlanId={actionPlanId} />
    </>
  );
}

export const newActionPlanLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireEditor(queryClient, request);
    await queryClient.fetchQuery(currentStrategicPlanQueryOptions());
    return null;
  };

export function NewActionPlanRoute() {
  const { data: plan } = useCurrentStrategicPlan();
  return <CreateActionPlanPage strategicPlan={plan} />;
}
