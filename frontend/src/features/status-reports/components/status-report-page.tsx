import { Alert, Button, Heading, Link as DsLink, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

import { AppLink } from '../../../components/app-link';
import { PrintPageHeader } from '../../../components/print-page-header';
import { routePaths } from '../../../config/paths';
import { formatDateTime, formatNorwegianDate } from '../../../lib/format/date';
import { assessmentLabels, measureStatusLabels } from '../../../lib/labels';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { statusReportDownloads, useStatusReport } from '../api/get-status-report';
import type { StatusCounts, StatusReport, StatusReportGoal, StatusReportMeasure } from '../api/types';
import { NOT_ASSESSED_LABEL, StatusCountsTable } from './status-counts-table';
import { StatusReportList } from './status-report-list';

/** «Vedtatt av Regionrådet den 26. mai 2021»; a month or year alone reads «Vedtatt … i juni 2020». */
export function adoptionLine(adoptedBy: string | null | undefined, adoptedOn: string | null | undefined) {
  if (!adoptedBy && !adoptedOn) return null;
  const by = adoptedBy ? ` av ${adoptedBy}` : '';
  if (!adoptedOn) return `Vedtatt${by}`;
  const fullDate = /^\d{4}-\d{2}-\d{2}$/.test(adoptedOn);
  return `Vedtatt${by} ${fullDate ? 'den' : 'i'} ${formatNorwegianDate(adoptedOn)}`;
}

export function statusLabelOf(measure: StatusReportMeasure): string {
  return measure.statusLabel || measureStatusLabels[measure.status];
}

export function assessmentLabelOf(measure: StatusReportMeasure): string {
  if (measure.assessmentLabel) return measure.assessmentLabel;
  return measure.assessment ? assessmentLabels[measure.assessment] : NOT_ASSESSED_LABEL;
}

/** «3 Pågår, 1 Fullført»: the statuses a goal's measures have, in the contract's order. */
function countsSentence(counts: StatusCounts): string {
  const parts = counts.byStatus
    .filter(({ count }) => count > 0)
    .map(({ status, label, count }) => `${count} ${(label || measureStatusLabels[status]).toLowerCase()}`);
  return `${counts.total} tiltak${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}

function ReportHeader({ report }: { report: StatusReport }) {
  const adoption = adoptionLine(report.adoptedBy, report.adoptedOn);
  return (
    <header className="status-report__header">
      <Paragraph className="eyebrow">{report.council}</Paragraph>
      <Heading level={1} data-size="lg">
        {report.title}
      </Heading>
      <dl className="facts status-report__facts">
        <div>
          <dt>Plan</dt>
          <dd>
            {report.actionPlanTitle} ({report.actionPlanCode}), under {report.strategicPlanTitle}
          </dd>
        </div>
        <div>
          <dt>Periode</dt>
          <dd>
            {report.periodLabel} ({formatNorwegianDate(report.periodStartsOn)}–{formatNorwegianDate(report.periodEndsOn)})
          </dd>
        </div>
        {adoption && (
          <div>
            <dt>Handlingsplanen</dt>
            <dd>{adoption}</dd>
          </div>
        )}
        <div>
          <dt>Publisert</dt>
          <dd>{formatDateTime(report.publishedAt)}</dd>
        </div>
        <div>
          <dt>Versjon</dt>
          <dd>{report.version}</dd>
        </div>
      </dl>
    </header>
  );
}

function VersionNotices({ report }: { report: StatusReport }) {
  return (
    <>
      {report.supersededById != null && (
        <Alert data-color="warning" className="status-report__notice">
          <Heading level={2} data-size="xs">
            Det finnes en nyere versjon
          </Heading>
          <Paragraph>
            Denne versjonen er rettet opp.{' '}
            <AppLink to={routePaths.statusReport(report.supersededById)}>Les den nyeste versjonen</AppLink>.
          </Paragraph>
        </Alert>
      )}
      {report.correction && (
        <Alert data-color="info" className="status-report__notice">
          <Heading level={2} data-size="xs">
            Rettet versjon
          </Heading>
          <Paragraph>Grunn: {report.correction.reason}</Paragraph>
          <Paragraph>
            Versjon {report.version} retter{' '}
            <AppLink to={routePaths.statusReport(report.correction.previousId)}>den forrige versjonen</AppLink>.
          </Paragraph>
        </Alert>
      )}
    </>
  );
}

function ReportActions({ statusReportId }: { statusReportId: number }) {
  return (
    <div className="form-actions status-report__actions">
      <Button variant="secondary" data-size="sm" onClick={() => window.print()}>
        Skriv ut
      </Button>
      <Button asChild variant="secondary" data-size="sm">
        <a href={statusReportDownloads.pdf(statusReportId)} download>
          Last ned PDF
        </a>
      </Button>
      <Button asChild variant="secondary" data-size="sm">
        <a href={statusReportDownloads.csv(statusReportId)} download>
          Last ned til Excel
        </a>
      </Button>
    </div>
  );
}

function ChangesSincePrevious({ report }: { report: StatusReport }) {
  const headingId = useId();
  const { previousId, previousTitle, lines } = report.changesSincePrevious;
  return (
    <section className="page-section status-report__changes" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        Endringer siden forrige rapport
      </Heading>
      {previousId == null ? (
        <Paragraph>Dette er den første statusrapporten for handlingsplanen.</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">
            Sammenlignet med{' '}
            <AppLink to={routePaths.statusReport(previousId)}>{previousTitle ?? 'forrige rapport'}</AppLink>.
          </Paragraph>
          {lines.length === 0 ? (
            <Paragraph>Ingen endringer.</Paragraph>
          ) : (
            <ul className="status-report__change-lines">
              {lines.map(({ reference, what }, index) => (
                <li key={`${reference}-${index}`}>
                  <span className="nowrap">{reference}</span>: {what}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function PercentCell({ percent }: { percent: number | null | undefined }) {
  if (percent == null) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">Ikke oppgitt</span>
      </>
    );
  }
  return <span className="nowrap">{percent} %</span>;
}

function responsibilityOf(measure: StatusReportMeasure): ReactNode {
  if (measure.responsibilityText) return measure.responsibilityText;
  const partners = measure.partners.length > 0 ? ` (med ${measure.partners.join(', ')})` : '';
  return `${measure.leads.join(', ')}${partners}`;
}

function commentOf(measure: StatusReportMeasure): ReactNode {
  const when = [measure.reportPeriodLabel, measure.reportDate ? formatNorwegianDate(measure.reportDate) : null]
    .filter(Boolean)
    .join(', ');
  if (!measure.comment && !when) return null;
  return (
    <>
      {measure.comment && <span className="report-text">{measure.comment}</span>}
      {when && <span className="status-report__report-when">Rapportert {when}</span>}
    </>
  );
}

function GoalSection({ goal }: { goal: StatusReportGoal }) {
  const headingId = useId();
  return (
    <section className="page-section status-report__goal" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId} className="status-report__goal-heading">
        Mål {goal.number}: {goal.text}
      </Heading>
      <Paragraph data-size="sm">{countsSentence(goal.counts)}</Paragraph>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`Tiltakene under mål ${goal.number} (rull sideveis)`}>
        <Table data-size="sm" className="status-report__table">
          <caption className="visually-hidden">Tiltakene under mål {goal.number}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Referanse</Table.HeaderCell>
              <Table.HeaderCell>Tiltak</Table.HeaderCell>
              <Table.HeaderCell>Ansvar</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Vurdering</Table.HeaderCell>
              <Table.HeaderCell>Prosent fullført</Table.HeaderCell>
              <Table.HeaderCell>Kommentar</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {goal.measures.map((measure) => (
              <Table.Row key={measure.measureId}>
                <Table.HeaderCell scope="row" className="nowrap">
                  {measure.reference}
                </Table.HeaderCell>
                <Table.Cell>{measure.text}</Table.Cell>
                <Table.Cell>{responsibilityOf(measure)}</Table.Cell>
                <Table.Cell>{statusLabelOf(measure)}</Table.Cell>
                <Table.Cell>{assessmentLabelOf(measure)}</Table.Cell>
                <Table.Cell className="number-cell">
                  <PercentCell percent={measure.percentComplete} />
                </Table.Cell>
                <Table.Cell>{commentOf(measure)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}

function Appendix({ report }: { report: StatusReport }) {
  const headingId = useId();
  return (
    <section className="page-section status-report__appendix" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        Vedlegg: lenker og vedtak
      </Heading>
      {report.appendix.length === 0 ? (
        <Paragraph>Rapportene viser ikke til lenker eller vedtak.</Paragraph>
      ) : (
        <ul className="status-report__appendix-list">
          {report.appendix.map(({ reference, url, title }, index) => (
            <li key={`${reference}-${url}-${index}`}>
              <span className="nowrap">{reference}</span>: {title ? `${title} – ` : ''}
              <DsLink href={url} className="print-url-shown">
                {url}
              </DsLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type StatusReportPageProps = {
  statusReportId: number;
  /** What editors get below the report (the correction form), given the report. */
  editorTools?: (report: StatusReport) => ReactNode;
};

/** A published status report, made for reading on screen and for printing for the council meeting. */
export function StatusReportPage({ statusReportId, editorTools }: StatusReportPageProps) {
  const { data: report } = useStatusReport(statusReportId);
  const listHeadingId = useId();
  useDocumentTitle(report.title);
  return (
    <article className="page status-report">
      <PrintPageHeader text={`${report.council} · ${report.periodLabel}`} />
      <ReportHeader report={report} />
      <VersionNotices report={report} />
      <ReportActions statusReportId={report.id} />
      <ChangesSincePrevious report={report} />
      <section className="page-section status-report__summary" aria-label="Sammendrag">
        <StatusCountsTable counts={report.counts} caption="Hele handlingsplanen" />
      </section>
      {report.goals.map((goal) => (
        <GoalSection key={goal.goalId} goal={goal} />
      ))}
      <Appendix report={report} />
      {editorTools?.(report)}
      <section className="page-section no-print" aria-labelledby={listHeadingId}>
        <Heading level={2} data-size="sm" id={listHeadingId}>
          Alle statusrapporter
        </Heading>
        <StatusReportList actionPlanId={report.actionPlanId} currentId={report.id} />
      </section>
    </article>
  );
}
