import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';

import { Loading } from '../../../components/loading';
import { AssessmentTag, StatusBadge } from '../../../components/status-badge';
import { problemMessage } from '../../../lib/api/problem';
import type { InvitationDetails, InvitedMeasure } from '../../../lib/api/types';
import { formatNorwegianDate } from '../../../lib/format/date';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ownInvitationQueryOptions } from '../api/get-own-invitation';

/** What the page gives the report form it shows for one measure (composed in src/app). */
export type InvitationReportFormProps = {
  secret: string;
  invitation: InvitationDetails;
  measure: InvitedMeasure;
  onSent: () => void;
  onCancel: () => void;
};

type InvitationPageProps = {
  secret: string;
  renderReportForm: (props: InvitationReportFormProps) => ReactNode;
};

export const SENT_MESSAGE = 'Takk! Rapporten er sendt til godkjenning.';

/**
 * The page a personal link opens: who asks, for which period and by when, the measures the person reports on, and
 * the report form for the one they choose. No account is needed: the link is the credential.
 */
export function InvitationPage({ secret, renderReportForm }: InvitationPageProps) {
  const query = useQuery(ownInvitationQueryOptions(secret));
  useDocumentTitle(query.data ? `Rapportering for ${query.data.round.periodLabel}` : 'Personlig rapporteringslenke');

  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <div className="page">
        <Heading level={1} data-size="lg">
          Lenken virker ikke
        </Heading>
        <Alert data-color="warning">
          <Paragraph>{problemMessage(query.error)}</Paragraph>
        </Alert>
      </div>
    );
  }
  return <InvitationContent secret={secret} invitation={query.data} renderReportForm={renderReportForm} />;
}

function InvitationContent({
  secret,
  invitation,
  renderReportForm,
}: {
  secret: string;
  invitation: InvitationDetails;
  renderReportForm: InvitationPageProps['renderReportForm'];
}) {
  const [writing, setWriting] = useState<number | null>(null);
  const [sent, setSent] = useState(false);
  const thanks = useRef<HTMLParagraphElement>(null);
  const measure = invitation.measures.find((m) => m.id === writing);
  const { round } = invitation;

  useEffect(() => {
    if (sent) thanks.current?.focus();
  }, [sent]);

  if (measure) {
    return (
      <div className="page">
        <Heading level={1} data-size="lg">
          Statusrapport for tiltak <span className="nowrap">{measure.reference}</span>
        </Heading>
        <Paragraph className="lead-text">{measure.text}</Paragraph>
        <Paragraph>
          For {round.periodLabel}, frist {round.deadlineText}. Rapporten blir signert med ditt navn (
          {invitation.name}) og din e-postadresse, og blir godkjent før den blir offentlig.
        </Paragraph>
        {renderReportForm({
          secret,
          invitation,
          measure,
          onSent: () => {
            setWriting(null);
            setSent(true);
          },
          onCancel: () => setWriting(null),
        })}
      </div>
    );
  }

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Rapportering for {round.periodLabel}
      </Heading>
      {sent && (
        <Alert data-color="success">
          <Paragraph ref={thanks} tabIndex={-1}>
            {SENT_MESSAGE}
          </Paragraph>
        </Alert>
      )}
      <Paragraph className="lead-text">
        Hei {invitation.name}! {round.invitedBy} ber deg rapportere status for {invitation.party.name} innen{' '}
        <strong>{round.deadlineText}</strong>.
      </Paragraph>
      {round.message && (
        <section className="page-section" aria-labelledby="invitation-message">
          <Heading level={2} data-size="xs" id="invitation-message">
            Melding fra {round.invitedBy}
          </Heading>
          <Paragraph className="preserve-lines">{round.message}</Paragraph>
        </section>
      )}
      <section className="page-section" aria-labelledby="invitation-measures">
        <Heading level={2} data-size="sm" id="invitation-measures">
          Tiltakene du rapporterer på
        </Heading>
        <ul className="plain-list">
          {invitation.measures.map((m) => (
            <li key={m.id} className="page-section">
              <Heading level={3} data-size="xs">
                {m.reference}
              </Heading>
              <Paragraph>{m.text}</Paragraph>
              <Paragraph data-size="sm">
                Gjeldende status:{' '}
                {m.currentReport ? (
                  <>
                    <StatusBadge status={m.currentReport.status} />{' '}
                    <AssessmentTag assessment={m.currentReport.assessment} /> per{' '}
                    {formatNorwegianDate(m.currentReport.reportDate)}
                  </>
                ) : (
                  'ikke rapportert ennå'
                )}
              </Paragraph>
              {m.reports.length > 0 && (
                <Paragraph data-size="sm">
                  Du har sendt {m.reports.length === 1 ? 'én rapport' : `${m.reports.length} rapporter`} i denne
                  runden, sist per {formatNorwegianDate(m.reports[0]!.reportDate)}.
                </Paragraph>
              )}
              <Button variant="secondary" onClick={() => setWriting(m.id)}>
                Skriv rapport <span className="visually-hidden">for tiltak {m.reference}</span>
              </Button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
