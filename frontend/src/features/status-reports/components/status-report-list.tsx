import { Paragraph } from '@digdir/designsystemet-react';

import { AppLink } from '../../../components/app-link';
import { routePaths } from '../../../config/paths';
import { problemMessage } from '../../../lib/api/problem';
import { formatDateTime } from '../../../lib/format/date';
import { useStatusReports } from '../api/get-status-reports';
import type { StatusReportSummary } from '../api/types';

function versionNote(report: StatusReportSummary): string {
  const notes = [`versjon ${report.version}`, `publisert ${formatDateTime(report.publishedAt)}`];
  if (report.correction) notes.push(`rettet: ${report.correction.reason}`);
  if (report.supersededById != null) notes.push('erstattet av en nyere versjon');
  return notes.join(', ');
}

type StatusReportListProps = {
  actionPlanId: number;
  /** The report the page shows, marked as the current one. */
  currentId?: number;
};

/**
 * The published status reports of an action plan, newest period first, every version. It loads on its own, so
 * the page around it (overview, dashboard) never waits for it; the heading is the page's.
 */
export function StatusReportList({ actionPlanId, currentId }: StatusReportListProps) {
  const { data: reports, error, isPending } = useStatusReports(actionPlanId);
  if (isPending) return <Paragraph data-size="sm">Henter statusrapportene …</Paragraph>;
  if (error) return <Paragraph data-size="sm">Statusrapportene kunne ikke hentes: {problemMessage(error)}</Paragraph>;
  if (reports.length === 0) return <Paragraph data-size="sm">Ingen statusrapporter er publisert ennå.</Paragraph>;
  return (
    <ul className="status-report-list">
      {reports.map((report) => (
        <li key={report.id}>
          <AppLink
            to={routePaths.statusReport(report.id)}
            aria-current={report.id === currentId ? 'page' : undefined}
          >
            {report.title}
          </AppLink>{' '}
          <span className="muted">({versionNote(report)})</span>
        </li>
      ))}
    </ul>
  );
}
