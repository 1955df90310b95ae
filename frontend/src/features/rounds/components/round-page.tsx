import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';

import { AppLink } from '../../../components/app-link';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { routePaths } from '../../../config/paths';
import { problemMessage } from '../../../lib/api/problem';
import type { RoundCounts, RoundProgress } from '../../../lib/api/types';
import { formatDateTime, formatNorwegianDate } from '../../../lib/format/date';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCloseRound } from '../api/close-round';
import { useRoundProgress } from '../api/get-round-progress';
import { CompletenessBar, CompletenessTag } from './completeness';
import { periodName } from './rounds-page';


function CountCells({ counts }: { counts: RoundCounts }) {
  return (
    <>
      <Table.Cell>
        {counts.reported} av {counts.total}
        <CompletenessBar counts={counts} />
      </Table.Cell>
      <Table.Cell>{counts.awaitingApproval}</Table.Cell>
      <Table.Cell>{counts.missing}</Table.Cell>
    </>
  );
}

function CountHeaders() {
  return (
    <>
      <Table.HeaderCell>Rapportert</Table.HeaderCell>
      <Table.HeaderCell>Venter på godkjenning</Table.HeaderCell>
      <Table.HeaderCell>Mangler</Table.HeaderCell>
    </>
  );
}

function ByPartyTable({ progress }: { progress: RoundProgress }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Per ansvarlig (rull sideveis)">
      <Table>
        <caption>Per ansvarlig</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Ansvarlig</Table.HeaderCell>
            <CountHeaders />
            <Table.HeaderCell>Sist påminnet</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {progress.byParty.map(({ party, counts, lastRemindedAt }) => (
            <Table.Row key={party.id}>
              <Table.HeaderCell scope="row">{party.name}</Table.HeaderCell>
              <CountCells counts={counts} />
              <Table.Cell>{lastRemindedAt ? formatDateTime(lastRemindedAt) : 'Ikke påminnet'}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function ByGoalTable({ progress }: { progress: RoundProgress }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Per mål (rull sideveis)">
      <Table>
        <caption>Per mål</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Mål</Table.HeaderCell>
            <CountHeaders />
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {progress.byGoal.map(({ goalId, number, text, counts }) => (
            <Table.Row key={goalId}>
              <Table.HeaderCell scope="row">
                {number}. {text}
              </Table.HeaderCell>
              <CountCells counts={counts} />
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function MeasuresTable({ progress }: { progress: RoundProgress }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Tiltakene i runden (rull sideveis)">
      <Table>
        <caption>Tiltakene i runden</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Tiltak</Table.HeaderCell>
            <Table.HeaderCell>Skal rapportere</Table.HeaderCell>
            <Table.HeaderCell>I runden</Table.HeaderCell>
            <Table.HeaderCell>Siste rapport for perioden</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {progress.measures.map((measure) => (
            <Table.Row key={measure.measureId}>
              <Table.HeaderCell scope="row">
                <AppLink to={routePaths.measure(measure.measureId)}>{measure.reference}</AppLink> {measure.text}
              </Table.HeaderCell>
              <Table.Cell>{measure.parties.map((party) => party.name).join(', ')}</Table.Cell>
              <Table.Cell>
                <CompletenessTag completeness={measure.completeness} label={measure.completenessLabel} />
              </Table.Cell>
              <Table.Cell>
                {measure.latestReport
                  ? `${measure.latestReport.stateLabel}, ${formatNorwegianDate(measure.latestReport.reportDate)}, ${measure.latestReport.author}`
                  : 'Ingen'}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

type RoundPageProps = {
  roundId: number;
  /** What the app adds below the measures (reminders, personal links), given the round as it is now. */
  sections?: (progress: RoundProgress) => ReactNode;
};

export function RoundPage({ roundId, sections }: RoundPageProps) {
  const { data: progress } = useRoundProgress(roundId);
  const [confirming, setConfirming] = useState(false);
  const close = useCloseRound();
  useDocumentTitle(`Rapporteringsrunde ${progress.period.label}`);

  const confirmClose = () =>
    close.mutate({ roundId, version: progress.version }, { onSettled: () => setConfirming(false) });

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Rapporteringsrunde for {periodName(progress.period)}
      </Heading>
      <Paragraph>
        {progress.open ? 'Åpen' : 'Lukket'}. Frist {formatNorwegianDate(progress.deadline)}.{' '}
        <AppLink to={routePaths.rounds()}>Alle runder</AppLink>
      </Paragraph>
      <section className="page-section" aria-labelledby="round-totals">
        <Heading level={2} data-size="sm" id="round-totals">
          Status
        </Heading>
        <Paragraph className="lead-text">{progress.totals.summary}</Paragraph>
        <CompletenessBar counts={progress.totals} />
        {progress.open && <Paragraph data-size="sm">Tallene oppdateres av seg selv mens siden er åpen.</Paragraph>}
      </section>
      <section className="page-section">
        <ByPartyTable progress={progress} />
      </section>
      <section className="page-section">
        <ByGoalTable progress={progress} />
      </section>
      <section className="page-section">
        <MeasuresTable progress={progress} />
      </section>
      {sections?.(progress)}
      {progress.open && (
        <section className="page-section">
          {close.isError && (
            <Alert data-color="danger">
              <Paragraph>{problemMessage(close.error)}</Paragraph>
            </Alert>
          )}
          <Button data-color="danger" variant="secondary" onClick={() => setConfirming(true)}>
            Lukk runden
          </Button>
        </section>
      )}
      <ConfirmDialog
        open={confirming}
        heading={`Lukke runden for ${progress.period.label}?`}
        confirmLabel="Lukk runden"
        busy={close.isPending}
        onConfirm={confirmClose}
        onCancel={() => setConfirming(false)}
      >
        {`${progress.totals.summary}. En lukket runde kan ikke endres, og ingen får flere påminnelser for den.`}
      </ConfirmDialog>
    </div>
  );
}
