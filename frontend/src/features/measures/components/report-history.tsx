import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';

import { EmptyState } from '../../../components/empty-state';
import { AssessmentTag, StatusBadge } from '../../../components/status-badge';
import type { Report } from '../../../lib/api/types';
import { formatNorwegianDate } from '../../../lib/format/date';
import { formatPercent } from '../../../lib/format/number';

function reportWhen(report: Report): string {
  const date = formatNorwegianDate(report.reportDate);
  return report.period ? `${report.period} (${date})` : date;
}

/** Progress reports, newest first, as the server orders them. */
export function ReportHistory({ reports }: { reports: readonly Report[] }) {
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
                <span>{formatPercent(report.percentComplete)} gjennomført</span>
              )}
            </div>
            <Paragraph className="report__text">{report.text}</Paragraph>
            <Paragraph data-size="sm" className="muted">
              Rapportert av {report.author}
            </Paragraph>
          </Card>
        </li>
      ))}
    </ol>
  );
}
