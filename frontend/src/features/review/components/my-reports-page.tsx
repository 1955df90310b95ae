import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';

import { AppLink } from '../../../components/app-link';
import { ReportStateBadge } from '../../../components/status-badge';
import { routePaths } from '../../../config/paths';
import { formatNorwegianDate } from '../../../lib/format/date';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMyReports } from '../api/get-my-reports';

/** «Mine rapporter»: the user's drafts, reports waiting for approval and reports sent back with the comment. */
export function MyReportsPage() {
  const { data: items } = useMyReports();
  useDocumentTitle('Mine rapporter');
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Mine rapporter
      </Heading>
      <Paragraph>Rapportene dine som ikke er godkjent ennå. Godkjente rapporter står på tiltaket.</Paragraph>
      {items.length === 0 ? (
        <Paragraph>Du har ingen utkast, og ingen rapporter venter på godkjenning.</Paragraph>
      ) : (
        items.map(({ report, measure, periodLabel }) => (
          <article className="page-section" key={report.id} aria-labelledby={`my-report-${report.id}`}>
            <Heading level={2} data-size="sm" id={`my-report-${report.id}`}>
              Tiltak {measure.reference ?? measure.id}: {measure.text}
            </Heading>
            <Paragraph>
              <ReportStateBadge state={report.state} />{' '}
              {periodLabel ? `${periodLabel}, ` : ''}status per {formatNorwegianDate(report.reportDate)}
            </Paragraph>
            {report.state === 'RETURNED' && report.reviewComment && (
              <Alert data-color="warning">
                <Heading level={3} data-size="xs">
                  Sendt tilbake{report.reviewedBy ? ` av ${report.reviewedBy}` : ''}
                </Heading>
                <Paragraph>{report.reviewComment}</Paragraph>
              </Alert>
            )}
            <Paragraph>
              <AppLink to={routePaths.correctReport(measure.id, report.id)}>
                {report.state === 'SUBMITTED' ? 'Korriger rapporten' : 'Fortsett med rapporten'}
              </AppLink>
            </Paragraph>
          </article>
        ))
      )}
    </div>
  );
}
