import { Alert, Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Suspense, useId } from 'react';

import { EmptyState } from '../../../components/empty-state';
import { Loading } from '../../../components/loading';
import { problemMessage } from '../../../lib/api/problem';
import type { ReminderLogEntry, ReminderRun } from '../../../lib/api/types';
import { formatDateTime } from '../../../lib/format/date';
import { useMailStatus } from '../api/get-mail-status';
import { useReminderLog } from '../api/get-reminder-log';
import { useSendReminders } from '../api/send-reminders';

const kindLabels: Record<string, string> = {
  BEFORE_DEADLINE: 'Før fristen',
  AFTER_DEADLINE: 'Etter fristen',
  MANUAL: 'Sendt av redaktør',
  INVITATION: 'Personlig lenke',
};

type Outcome = 'SENT' | 'FAILED' | 'NOT_CONFIGURED' | 'SENDING';

const outcomeLabels: Record<Outcome, string> = {
  SENT: 'Sendt',
  FAILED: 'Ikke sendt',
  NOT_CONFIGURED: 'Ikke sendt: e-post er ikke satt opp',
  SENDING: 'Sendes',
};

const outcomeColors: Record<Outcome, 'neutral' | 'success' | 'warning' | 'danger'> = {
  SENT: 'success',
  FAILED: 'danger',
  NOT_CONFIGURED: 'warning',
  SENDING: 'neutral',
};

function isOutcome(outcome: string): outcome is Outcome {
  return outcome in outcomeLabels;
}

/** «Sendt», «Ikke sendt» … as a tag: the word carries the meaning, the colour only repeats it. */
function OutcomeTag({ outcome }: { outcome: string }) {
  if (!isOutcome(outcome)) return <Tag data-size="sm">{outcome}</Tag>;
  return (
    <Tag data-color={outcomeColors[outcome]} data-size="sm">
      {outcomeLabels[outcome]}
    </Tag>
  );
}

function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What one «Send påminnelse nå» did, in words. */
export function runSummary(run: ReminderRun): string {
  if (!run.configured) {
    return `Ingen påminnelser ble sendt: e-post er ikke satt opp. ${countOf(run.owing, 'person mangler', 'personer mangler')} fortsatt rapporter.`;
  }
  if (run.owing === 0) return 'Ingen mangler rapporter, så ingen påminnelser ble sendt.';
  const parts = [`${countOf(run.sent, 'påminnelse', 'påminnelser')} sendt`];
  if (run.notSent > 0) parts.push(`${run.notSent} kunne ikke sendes (se loggen)`);
  if (run.alreadyReminded > 0) {
    parts.push(`${countOf(run.alreadyReminded, 'person', 'personer')} hadde alt fått påminnelse i dag`);
  }
  return `${parts.join(', ')}.`;
}

function SendLog({ roundId }: { roundId: number }) {
  const { data: log } = useReminderLog(roundId);
  if (log.length === 0) return <EmptyState>Ingen påminnelser er sendt ennå.</EmptyState>;
  return (
    <div className="table-scroll">
      <Table>
        <caption>Sendelogg, nyeste først</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Tidspunkt</Table.HeaderCell>
            <Table.HeaderCell>Mottaker</Table.HeaderCell>
            <Table.HeaderCell>Hvorfor</Table.HeaderCell>
            <Table.HeaderCell>Tiltak</Table.HeaderCell>
            <Table.HeaderCell>Resultat</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {log.map((entry: ReminderLogEntry) => (
            <Table.Row key={entry.id}>
              <Table.Cell>{formatDateTime(entry.sentAt)}</Table.Cell>
              <Table.Cell>
                {entry.recipientName} ({entry.recipientEmail})
              </Table.Cell>
              <Table.Cell>{kindLabels[entry.kind] ?? entry.kind}</Table.Cell>
              <Table.Cell>{entry.measureCount}</Table.Cell>
              <Table.Cell>
                <OutcomeTag outcome={entry.outcome} />
                {entry.error && ` ${entry.error}`}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

type RemindersSectionProps = {
  roundId: number;
  /** Reminders go out only while the round is open. */
  open: boolean;
};

function Reminders({ roundId, open }: RemindersSectionProps) {
  const { data: mail } = useMailStatus();
  const send = useSendReminders();

  return (
    <>
      {!mail.configured && (
        <Alert data-color="warning">
          <Heading level={3} data-size="xs">
            E-post er ikke satt opp
          </Heading>
          <Paragraph>
            Ingen påminnelser blir sendt før en administrator har satt opp en e-postserver (PLANSTATUS_SMTP_HOST, se
            «E-post» i README).
          </Paragraph>
        </Alert>
      )}
      <Paragraph>
        Påminnelser går automatisk ut på faste dager før og etter fristen, til hver person som fortsatt mangler
        rapporter: én e-post med alle tiltakene personen mangler, høyst én gang om dagen.
      </Paragraph>
      {open && (
        <Paragraph>
          <Button
            type="button"
            variant="secondary"
            disabled={!mail.configured || send.isPending}
            onClick={() => send.mutate(roundId)}
          >
            {send.isPending ? 'Sender …' : 'Send påminnelse nå'}
          </Button>
        </Paragraph>
      )}
      <div role="status">{send.data && <Paragraph>{runSummary(send.data)}</Paragraph>}</div>
      {send.error && (
        <Alert data-color="danger">
          <Paragraph>{problemMessage(send.error)}</Paragraph>
        </Alert>
      )}
      <SendLog roundId={roundId} />
    </>
  );
}

/**
 * «Påminnelser» on a round's page (editors): whether e-mail is set up, «Send påminnelse nå», and the send log.
 * Self-contained: it fetches what it shows (prefetch `mailStatusQueryOptions()` and `reminderLogQueryOptions(id)`
 * in the page's loader to show it at once).
 */
export function RemindersSection({ roundId, open }: RemindersSectionProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        Påminnelser
      </Heading>
      <Suspense fallback={<Loading label="Laster påminnelser …" />}>
        <Reminders roundId={roundId} open={open} />
      </Suspense>
    </section>
  );
}
