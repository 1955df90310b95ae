import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { QueryClient } from '@tanstack/react-query';
import { useLocation, useNavigation, useSearchParams, type LoaderFunctionArgs } from 'react-router';

import { EmptyState } from '../../components/empty-state';
import { meQueryOptions, useMe } from '../../features/auth/api/get-me';
import { canEditPlan } from '../../features/auth/permissions';
import { useMeasures, measuresQueryOptions } from '../../features/measures/api/get-measures';
import { MeasureFilters } from '../../features/measures/components/measure-filters';
import { MeasureSummary } from '../../features/measures/components/measure-summary';
import {
  isFilterActive,
  measureFilterToSearchParams,
  measureListQuery,
  parseMeasureFilter,
  type MeasureFilter,
} from '../../features/measures/filters';
import { partiesQueryOptions, useParties } from '../../features/parties/api/get-parties';
import {
  actionPlansWithMeasuresQueryOptions,
  chooseActionPlan,
  useActionPlansWithMeasures,
} from '../../features/plan/api/get-action-plans-with-measures';
import {
  currentStrategicPlanQueryOptions,
  useCurrentStrategicPlan,
} from '../../features/plan/api/get-current-strategic-plan';
import { GoalJumpLinks, GoalsOverview } from '../../features/plan/components/goals-overview';
import { PlanDownloads } from '../../features/plan/components/plan-downloads';
import { PlanIntro } from '../../features/plan/components/plan-intro';
import { planGoals } from '../../features/plan/goals';
import { StatusReportList } from '../../features/status-reports/components/status-report-list';
import { useDocumentTitle } from '../../lib/use-document-title';

export const planOverviewLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const filter = parseMeasureFilter(new URL(request.url).searchParams);
    void queryClient.prefetchQuery(meQueryOptions());
    const plan = await queryClient.fetchQuery(currentStrategicPlanQueryOptions());
    const withMeasures = await queryClient.fetchQuery(actionPlansWithMeasuresQueryOptions(plan));
    const actionPlanId = chooseActionPlan(plan, withMeasures, filter.plan)?.id;
    await Promise.all([
      queryClient.fetchQuery(measuresQueryOptions(measureListQuery({}, actionPlanId))),
      queryClient.fetchQuery(measuresQueryOptions(measureListQuery(filter, actionPlanId))),
      queryClient.fetchQuery(partiesQueryOptions()),
    ]);
    return null;
  };

/**
 * The filter the form shows: while a filter change is still loading, the one being loaded, so the controls
 * follow the user at once and a second change builds on the first instead of on the committed URL.
 */
function usePendingSearchParams(committed: URLSearchParams): URLSearchParams {
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const pending = navigation.location;
  return pending && pending.pathname === pathname ? new URLSearchParams(pending.search) : committed;
}

export function PlanOverviewRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = parseMeasureFilter(searchParams);
  const formFilter = parseMeasureFilter(usePendingSearchParams(searchParams));
  const { data: plan } = useCurrentStrategicPlan();
  const { data: withMeasures } = useActionPlansWithMeasures(plan);
  const actionPlan = chooseActionPlan(plan, withMeasures, filter.plan);
  const { data: allMeasures } = useMeasures(measureListQuery({}, actionPlan?.id));
  const { data: shownMeasures } = useMeasures(measureListQuery(filter, actionPlan?.id));
  const { data: parties } = useParties();
  const { data: user } = useMe();
  useDocumentTitle('Handlingsplan');

  const filtering = isFilterActive(filter);
  const changeFilter = (next: MeasureFilter) =>
    setSearchParams(measureFilterToSearchParams(next), { preventScrollReset: true });
  const linkTo = (next: MeasureFilter) => `?${measureFilterToSearchParams(next).toString()}`;

  return (
    <div className="page plan-overview">
      <PlanIntro
        plan={plan}
        actionPlan={actionPlan}
        canEdit={canEditPlan(user)}
        onChooseActionPlan={(id) => changeFilter({ ...formFilter, plan: id })}
      />
      <section className="page-section plan-overview__measures" aria-labelledby="plan-overview-measures">
        <Heading level={2} data-size="sm" id="plan-overview-measures">
          Mål og tiltak
        </Heading>
        <MeasureSummary
          measures={shownMeasures}
          statusLink={(status) => linkTo({ ...filter, status })}
          assessmentLink={(assessment) => linkTo({ ...filter, assessment })}
        />
        <div className="measure-tools">
          <MeasureFilters
            filter={formFilter}
            goals={planGoals(plan)}
            parties={parties}
            shownCount={shownMeasures.length}
            totalCount={allMeasures.length}
            onChange={changeFilter}
          />
          <GoalJumpLinks sections={plan.sections} measures={shownMeasures} hideGoalsWithoutMeasures={filtering} />
        </div>
        {filtering && shownMeasures.length === 0 ? (
          <EmptyState>Ingen tiltak passer filtrene. Velg andre filtre, eller nullstill dem.</EmptyState>
        ) : (
          <GoalsOverview sections={plan.sections} measures={shownMeasures} hideGoalsWithoutMeasures={filtering} />
        )}
      </section>
      {actionPlan && (
        <section aria-labelledby="plan-status-reports" className="plan-status-reports">
          <Heading level={2} data-size="sm" id="plan-status-reports">
            Statusrapporter til rådet
          </Heading>
          <StatusReportList actionPlanId={actionPlan.id} />
        </section>
      )}
      <PlanDownloads plan={plan} actionPlan={actionPlan} />
      {plan.closingStatement && <Paragraph className="closing-statement">{plan.closingStatement}</Paragraph>}
    </div>
  );
}
