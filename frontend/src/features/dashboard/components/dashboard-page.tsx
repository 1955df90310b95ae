import { Button, Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';

import { AppLink } from '../../../components/app-link';
import { routePaths } from '../../../config/paths';
import type { Assessment, Dashboard, MeasureStatus, StatusCounts } from '../../../lib/api/types';
import { parseId } from '../../../lib/ids';
import { assessmentLabels, measureStatusLabels } from '../../../lib/labels';
import { actionPlanPeriodsQueryOptions } from '../../../lib/periods';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useActionPlans, useDashboard, type DashboardQuery } from '../api/get-dashboard';
import { dashboardSearch, overviewLink, type OverviewFilter } from '../search-params';

const notAssessed = 'Ikke vurdert';

function assessmentLabel(assessment: Assessment | null | undefined): string {
  return assessment ? assessmentLabels[assessment] : notAssessed;
}

function percentOf(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((100 * count) / total);
}

/** The share written out, then a bar that only repeats it. */
function Share({ count, total }: { count: number; total: number }) {
  const percent = percentOf(count, total);
  return (
    <span className="dashboard-share">
      <span className="dashboard-share__value">{percent} %</span>
      <span className="dashboard-bar" aria-hidden="true">
        <span className="dashboard-bar__fill" style={{ width: `${percent}%` }} />
      </span>
    </span>
  );
}

/** A count that opens the overview filtered to the measures it counts. */
function CountLink({ count, to, what }: { count: number; to: string; what: string }) {
  return (
    <AppLink to={to} aria-label={`${count} tiltak ${what}`}>
      {count}
    </AppLink>
  );
}

type Row = { key: string; label: string; count: number; previous?: number; filter?: OverviewFilter };

function CountsTable({ caption, what, rows, dashboard }: { caption: string; what: string; rows: Row[]; dashboard: Dashboard }) {
  const planId = dashboard.actionPlan.id;
  const total = dashboard.plan.total;
  const previousLabel = dashboard.previousPeriod?.label;
  return (
    <div className="table-scroll dashboard-table">
      <Table>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{what}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="dashboard-number">
              Antall
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">Andel</Table.HeaderCell>
            {previousLabel && (
              <Table.HeaderCell scope="col" className="dashboard-number">
                Pr. {previousLabel}
              </Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key}>
              <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
              <Table.Cell className="dashboard-number">
                {row.filter ? (
                  <CountLink count={row.count} to={overviewLink(planId, row.filter)} what={row.label.toLowerCase()} />
                ) : (
                  row.count
                )}
              </Table.Cell>
              <Table.Cell>
                <Share count={row.count} total={total} />
              </Table.Cell>
              {previousLabel && <Table.Cell className="dashboard-number">{row.previous}</Table.Cell>}
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Foot>
          <Table.Row>
            <Table.HeaderCell scope="row">Alle tiltak</Table.HeaderCell>
            <Table.Cell className="dashboard-number">
              <CountLink count={total} to={overviewLink(planId)} what="i alt" />
            </Table.Cell>
            <Table.Cell />
            {previousLabel && <Table.Cell className="dashboard-number">{dashboard.previous?.total}</Table.Cell>}
          </Table.Row>
        </Table.Foot>
      </Table>
    </div>
  );
}

type Breakdown = { key: string; name: string; counts: StatusCounts; filter: OverviewFilter };

function BreakdownTable({ caption, what, rows, planId }: { caption: string; what: string; rows: Breakdown[]; planId: number }) {
  if (rows.length === 0) return null;
  return (
    <div className="table-scroll dashboard-table">
      <Table>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{what}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="dashboard-number">
              Tiltak
            </Table.HeaderCell>
            {rows[0]!.counts.byStatus.map(({ status }) => (
              <Table.HeaderCell key={status} scope="col" className="dashboard-number">
                {measureStatusLabels[status]}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell scope="col">Andel {measureStatusLabels.COMPLETED.toLowerCase()}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key}>
              <Table.HeaderCell scope="row">{row.name}</Table.HeaderCell>
              <Table.Cell className="dashboard-number">
                <CountLink count={row.counts.total} to={overviewLink(planId, row.filter)} what={`for ${row.name}`} />
              </Table.Cell>
              {row.counts.byStatus.map(({ status, count }) => (
                <Table.Cell key={status} className="dashboard-number">
                  <CountLink
                    count={count}
                    to={overviewLink(planId, { ...row.filter, status })}
                    what={`${measureStatusLabels[status].toLowerCase()} for ${row.name}`}
                  />
                </Table.Cell>
              ))}
              <Table.Cell>
                <Share count={completed(row.counts)} total={row.counts.total} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function completed(counts: StatusCounts): number {
  return counts.byStatus.find((row) => row.status === 'COMPLETED')?.count ?? 0;
}

function statusCount(counts: StatusCounts | null | undefined, status: MeasureStatus): number | undefined {
  return counts?.byStatus.find((row) => row.status === status)?.count;
}

function assessmentCount(counts: StatusCounts | null | undefined, assessment: Assessment | null): number | undefined {
  return counts?.byAssessment.find((row) => (row.assessment ?? null) === assessment)?.count;
}

/** Which plan and period to show; a new plan starts at its default period. */
function DashboardChoice({ dashboard }: { dashboard: Dashboard }) {
  const id = useId();
  const navigate = useNavigate();
  const { data: actionPlans } = useActionPlans();
  const { data: periods } = useSuspenseQuery(actionPlanPeriodsQueryOptions(dashboard.actionPlan.id));
  const [actionPlan, setActionPlan] = useState(dashboard.actionPlan.id);
  const [period, setPeriod] = useState<number | undefined>(dashboard.period?.id);
  const samePlan = actionPlan === dashboard.actionPlan.id;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query: DashboardQuery = { actionPlan };
    if (samePlan && period !== undefined) query.period = period;
    void navigate(`${routePaths.dashboard()}${dashboardSearch(query)}`);
  };

  return (
    <form className="dashboard-choice" aria-label="Velg handlingsplan og periode" onSubmit={submit}>
      <Field>
        <Label htmlFor={`${id}-plan`}>Handlingsplan</Label>
        <Select
          id={`${id}-plan`}
          value={actionPlan}
          onChange={(e) => {
            const value = parseId(e.target.value);
            if (value !== null) setActionPlan(value);
          }}
        >
          {actionPlans.map((plan) => (
            <Select.Option key={plan.id} value={plan.id}>
              {plan.code} {plan.title}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label htmlFor={`${id}-period`}>Periode</Label>
        <Select
          id={`${id}-period`}
          value={samePlan ? (period ?? '') : ''}
          disabled={!samePlan}
          onChange={(e) => setPeriod(parseId(e.target.value) ?? undefined)}
        >
          {(!samePlan || dashboard.period === null) && (
            <Select.Option value="">{samePlan ? 'Nåværende status' : 'Siste avsluttede periode'}</Select.Option>
          )}
          {samePlan &&
            periods.map((p) => (
              <Select.Option key={p.id} value={p.id}>
                {p.label}
              </Select.Option>
            ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary">
        Vis
      </Button>
    </form>
  );
}

type DashboardPageProps = {
  query: DashboardQuery;
  /** The plan's published status reports, placed by the route (another feature draws them). */
  statusReports?: (actionPlanId: number) => ReactNode;
};

export function DashboardPage({ query, statusReports }: DashboardPageProps) {
  useDocumentTitle('Dashbord');
  const { data: dashboard } = useDashboard(query);
  const planId = dashboard.actionPlan.id;

  const statusRows: Row[] = dashboard.plan.byStatus.map(({ status, count }) => ({
    key: status,
    label: measureStatusLabels[status],
    count,
    previous: statusCount(dashboard.previous, status),
    filter: { status },
  }));
  const assessmentRows: Row[] = dashboard.plan.byAssessment.map(({ assessment, count }) => ({
    key: assessment ?? 'none',
    label: assessmentLabel(assessment),
    count,
    previous: assessmentCount(dashboard.previous, assessment ?? null),
    filter: assessment ? { assessment } : undefined,
  }));

  return (
    <div className="page dashboard">
      <Heading level={1} data-size="lg">
        Dashbord
      </Heading>
      <Paragraph data-size="lg">
        Status for {dashboard.actionPlan.title}{' '}
        {dashboard.period ? `pr. ${dashboard.period.label}` : '(nåværende status)'} · {dashboard.plan.total} tiltak
      </Paragraph>
      <DashboardChoice key={`${planId}-${dashboard.period?.id ?? ''}`} dashboard={dashboard} />

      {dashboard.previousPeriod && (
        <section aria-labelledby="dashboard-changes">
          <Heading level={2} data-size="sm" id="dashboard-changes">
            Endringer siden {dashboard.previousPeriod.label}
          </Heading>
          {dashboard.changes.length === 0 ? (
            <Paragraph>Ingen endringer i antall.</Paragraph>
          ) : (
            <ul className="dashboard-changes">
              {dashboard.changes.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </section>
      )}

      <CountsTable caption="Tiltak etter status" what="Status" rows={statusRows} dashboard={dashboard} />
      <CountsTable caption="Tiltak etter vurdering" what="Vurdering" rows={assessmentRows} dashboard={dashboard} />
      <BreakdownTable
        caption="Tiltak etter mål"
        what="Mål"
        planId={planId}
        rows={dashboard.goals.map((goal) => ({
          key: String(goal.goalId),
          name: `Mål ${goal.number}: ${goal.text}`,
          counts: goal.counts,
          filter: { goal: goal.goalId },
        }))}
      />
      <BreakdownTable
        caption="Tiltak etter ansvarlig (den som leder tiltaket)"
        what="Ansvarlig"
        planId={planId}
        rows={dashboard.parties.map((party) => ({
          key: String(party.partyId),
          name: party.name,
          counts: party.counts,
          filter: { party: party.partyId, role: 'LEAD' },
        }))}
      />
      {statusReports && (
        <section aria-labelledby="dashboard-status-reports">
          <Heading level={2} data-size="sm" id="dashboard-status-reports">
            Publiserte statusrapporter
          </Heading>
          {statusReports(planId)}
        </section>
      )}
    </div>
  );
}
