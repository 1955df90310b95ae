import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';

import { AppLink } from '../../../components/app-link';
import { EmptyState } from '../../../components/empty-state';
import { AssessmentTag, StatusBadge } from '../../../components/status-badge';
import { routePaths } from '../../../config/paths';
import type { Report } from '../../../lib/api/types';
import { formatDateTime, formatNorwegianDate } from '../../../lib/format/date';
import { formatPercent } from '../../../lib/format/number';

function reportWhen(report: Report): string {
  const date = formatNorwegianDate(report.reportDate);
  return report.period ? `${report.period} (${date})` : date;
}

/** Who wrote the report and when, and who corrected it last and when: the author stays the one who wrote it. */
function reportCredits(report: Report): string {
  const written = `Rapportert av ${report.author} ${formatDateTime(report.createdAt)}`;
  if (!report.updatedAt) return written;
  const by = report.correctedBy ? ` av ${report.correctedBy}` : '';
  return `${written}, korrigert${by} ${formatDateTime(report.updatedAt)}`;
}

type ReportHistoryProps = {
  reports: readonly Report[];
  /** The signed-in user may correct the measure's reports. */
  canCorrect?: boolean;
};

/** Progress reports as a timeline, newest first, as the server orders them. */
export function ReportHistory({ reports, canCorrect = false }: ReportHistoryProps) {
  if (reports.length === 0) return <EmptyState>Ingen statusrapporter ennå.</EmptyState>;

  return (
    <ol className="report-history" aria-label="Statusrapporter, nyeste først">
      {reports.map((report) => (
        <li key={report.id}>
          <Card data-color="neutral" className="report">
            <Heading level={3} data-size="2xs">
              {reportWhen(report)}
            </Heading>
            <div className="status-line">
              <StatusBadge status={report.status} />
              <AssessmentTag assessment={report.assessment} />
              {typeof report.percentComplete === 'number' && (
                <span>{formatPercent(report.percentComplete)} fullført</span>
              )}
            </div>
            <Paragraph className="report__text">{report.text}</Paragraph>
            {report.links.length > 0 && (
              <ul className="report__links" aria-label="Lenker">
                {report.links.map((link, index) => (
                  <li key={`${index}-${link.url}`}>
                    {/* Only http(s) addresses are accepted by the server, so the link cannot run script. */}
                    <Link href={link.url} rel="noopener noreferrer">
                      {link.title || link.url}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            <Paragraph data-size="sm" className="muted">
              {reportCredits(report)}
            </Paragraph>
            {canCorrect && (
              <Paragraph data-size="sm">
                <AppLink to={routePaths.correctReport(report.measureId, report.id)}>
                  Korriger <span className="visually-hidden">rapporten for {reportWhen(report)}</span>
                </AppLink>
              </Paragraph>
            )}
          </Card>
        </li>
      ))}
    </ol>
  );
}
