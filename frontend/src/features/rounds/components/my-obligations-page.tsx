import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';

import { AppLink } from '../../../components/app-link';
import { routePaths } from '../../../config/paths';
import type { Obligation, ObligationStatus } from '../../../lib/api/types';
import { formatNorwegianDate } from '../../../lib/format/date';
import { reportPrefillState } from '../../../lib/report-prefill';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useObligations } from '../api/get-obligations';

const statusColors: Record<ObligationStatus, string> = {
  MISSING: 'danger',
  DRAFT: 'neutral',
  SUBMITTED: 'warning',
  RETURNED: 'danger',
  APPROVED: 'success',
};

/** The report form, started from my last report on the measure when there is one. */
function ReportLink({ obligation }: { obligation: Obligation }) {
  const last = obligation.lastReport;
  return (
    <AppLink
      to={routePaths.newReport(obligation.measureId)}
      state={
        last
          ? reportPrefillState({
              status: last.status,
              assessment: last.assessment,
              percentComplete: last.percentComplete ?? null,
              text: last.text,
              links: last.links.map((link) => ({ url: link.url, title: link.title ?? null })),
            })
          : undefined
      }
    >
      Rapporter <span className="visually-hidden">på tiltak {obligation.reference}</span>
    </AppLink>
  );
}

export function MyObligationsPage() {
  const { data: obligations } = useObligations();
  useDocumentTitle('Mine tiltak');
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Mine tiltak
      </Heading>
      {obligations.length === 0 ? (
        <Paragraph>Du har ingen tiltak å rapportere på i åpne rapporteringsrunder.</Paragraph>
      ) : (
        <>
          <Paragraph>
            Tiltakene din part skal rapportere på i åpne rapporteringsrunder. «Rapporter» åpner skjemaet, fylt ut fra
            den siste rapporten din på tiltaket.
          </Paragraph>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Mine tiltak (rull sideveis)">
            <Table>
              <caption className="visually-hidden">Tiltak å rapportere på, etter frist</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Tiltak</Table.HeaderCell>
                  <Table.HeaderCell>Periode</Table.HeaderCell>
                  <Table.HeaderCell>Frist</Table.HeaderCell>
                  <Table.HeaderCell>Status</Table.HeaderCell>
                  <Table.HeaderCell>
                    <span className="visually-hidden">Handlinger</span>
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {obligations.map((obligation) => (
                  <Table.Row key={`${obligation.roundId}-${obligation.measureId}`}>
                    <Table.HeaderCell scope="row">
                      <AppLink to={routePaths.measure(obligation.measureId)}>{obligation.reference}</AppLink>{' '}
                      {obligation.text}
                    </Table.HeaderCell>
                    <Table.Cell>{obligation.period.label}</Table.Cell>
                    <Table.Cell>{formatNorwegianDate(obligation.deadline)}</Table.Cell>
                    <Table.Cell>
                      <Tag data-color={statusColors[obligation.status]} data-size="sm" className="status-tag">
                        {obligation.statusLabel}
                      </Tag>
                      {obligation.reviewComment && (
                        <Paragraph data-size="sm">Kommentar: {obligation.reviewComment}</Paragraph>
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      <ReportLink obligation={obligation} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
    </div>
  );
}
