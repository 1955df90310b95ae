import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormErrorSummary } from '../../../components/form/form-error-summary';
import { problemMessage } from '../../../lib/api/problem';
import type { Invitation, SentInvitation } from '../../../lib/api/types';
import { formatDateTime } from '../../../lib/format/date';
import { formErrorsFromError, noFormErrors, parseWholeNumber, type FieldLabels } from '../../../lib/forms/form-errors';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { useCreateInvitation } from '../api/create-invitation';
import { useRoundInvitations } from '../api/get-round-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';

type InvitationField = 'partyId' | 'name' | 'email';

const invitationFieldLabels: FieldLabels<InvitationField> = {
  partyId: 'Rapporterer for',
  name: 'Navn',
  email: 'E-postadresse',
};

export type InvitationParty = { id: number; name: string };

type RoundInvitationsProps = {
  roundId: number;
  /** The parties that report in the round: those the round page lists as responsible. */
  parties: readonly InvitationParty[];
};

/**
 * «Send personlig lenke» for a round: a form that e-mails a person a link to report on one party's measures
 * without an account, and the round's links with who got them, their last use and a way to revoke them.
 */
export function RoundInvitations({ roundId, parties }: RoundInvitationsProps) {
  const [sent, setSent] = useState<SentInvitation | null>(null);
  return (
    <section className="page-section" aria-labelledby={`invitations-${roundId}`}>
      <Heading level={2} data-size="sm" id={`invitations-${roundId}`}>
        Personlige lenker
      </Heading>
      <Paragraph>
        Samarbeidspartnere og kontaktpersoner uten konto kan få en personlig lenke på e-post. Med den kan de
        rapportere på partens tiltak i denne runden. Rapportene må godkjennes før de blir offentlige.
      </Paragraph>
      {sent ? (
        <SentNotice sent={sent} onDone={() => setSent(null)} />
      ) : (
        <SendInvitationForm roundId={roundId} parties={parties} onSent={setSent} />
      )}
      <InvitationTable roundId={roundId} />
    </section>
  );
}

function SendInvitationForm({
  roundId,
  parties,
  onSent,
}: RoundInvitationsProps & { onSent: (sent: SentInvitation) => void }) {
  const fieldIds = useFieldIds(invitationFieldLabels);
  const [partyId, setPartyId] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState(noFormErrors<InvitationField>);
  const [attempt, setAttempt] = useState(0);
  const create = useCreateInvitation();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const party = parseWholeNumber(partyId);
    if (party === null) {
      setErrors({ fields: { partyId: `${invitationFieldLabels.partyId}: må velges` }, general: [] });
      return;
    }
    create.mutate(
      { roundId, input: { partyId: party, name, email } },
      {
        onSuccess: (answer) => {
          setErrors(noFormErrors());
          setPartyId('');
          setName('');
          setEmail('');
          onSent(answer);
        },
        onError: (error) => setErrors(formErrorsFromError(error, invitationFieldLabels)),
      },
    );
  };

  return (
    <>
      <Heading level={3} data-size="xs">
        Send personlig lenke
      </Heading>
      <FormErrorSummary errors={errors} fieldIds={fieldIds} heading="Vi kunne ikke sende lenken" attempt={attempt} />
      <form className="form" onSubmit={submit} noValidate>
        <Field>
          <Label htmlFor={fieldIds.partyId}>{invitationFieldLabels.partyId}</Label>
          <Select
            id={fieldIds.partyId}
            value={partyId}
            onChange={(event) => setPartyId(event.target.value)}
            aria-invalid={errors.fields.partyId ? true : undefined}
          >
            <Select.Option value="">Velg ansvarlig</Select.Option>
            {parties.map((party) => (
              <Select.Option key={party.id} value={String(party.id)}>
                {party.name}
              </Select.Option>
            ))}
          </Select>
          {errors.fields.partyId && <ValidationMessage>{errors.fields.partyId}</ValidationMessage>}
        </Field>
        <Textfield
          id={fieldIds.name}
          label={invitationFieldLabels.name}
          description="Rapportene personen sender blir signert med dette navnet."
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errors.fields.name}
        />
        <Textfield
          id={fieldIds.email}
          label={invitationFieldLabels.email}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.fields.email}
        />
        <div className="form-actions">
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Sender …' : 'Send personlig lenke'}
          </Button>
        </div>
      </form>
    </>
  );
}

/**
 * What became of the e-mail. When it was not sent, the link is shown this once, to pass on by hand: only its
 * fingerprint is stored, so it cannot be shown again.
 */
function SentNotice({ sent, onDone }: { sent: SentInvitation; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const fieldId = useId();
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const { invitation } = sent;

  if (sent.mailOutcome === 'SENT' || !sent.link) {
    return (
      <Alert data-color="success">
        <Heading level={3} data-size="xs" ref={heading} tabIndex={-1}>
          Lenken er sendt til {invitation.name} ({invitation.email})
        </Heading>
        <div className="form-actions">
          <Button variant="secondary" onClick={onDone}>
            Send en lenke til
          </Button>
        </div>
      </Alert>
    );
  }
  return (
    <Alert data-color="warning">
      <Heading level={3} data-size="xs" ref={heading} tabIndex={-1}>
        E-posten til {invitation.name} ble ikke sendt
      </Heading>
      <Paragraph>{sent.mailError ?? 'E-posten kunne ikke sendes.'}</Paragraph>
      <Paragraph>
        Lenken er laget. Kopier den nå og send den selv: den vises bare denne ene gangen, fordi Planstatus bare
        lagrer et fingeravtrykk av den.
      </Paragraph>
      <Textfield
        id={fieldId}
        label="Personlig lenke"
        readOnly
        value={sent.link}
        className="secret-field"
        onFocus={(event) => event.target.select()}
      />
      <div className="form-actions">
        <Button variant="secondary" onClick={onDone}>
          Jeg har tatt vare på den
        </Button>
      </div>
    </Alert>
  );
}

function InvitationTable({ roundId }: { roundId: number }) {
  const { data: invitations } = useRoundInvitations(roundId);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const revoke = useRevokeInvitation();

  if (invitations.length === 0) {
    return <Paragraph>Ingen personlige lenker er sendt i denne runden.</Paragraph>;
  }
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Personlige lenker (rull sideveis)">
        <Table>
          <caption className="visually-hidden">Personlige lenker i runden, nyeste først</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Sendt til</Table.HeaderCell>
              <Table.HeaderCell>Rapporterer for</Table.HeaderCell>
              <Table.HeaderCell>Sendt</Table.HeaderCell>
              <Table.HeaderCell>Sist brukt</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="visually-hidden">Handlinger</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {invitations.map((invitation) => (
              <Table.Row key={invitation.id}>
                <Table.Cell>
                  {invitation.name} ({invitation.email})
                </Table.Cell>
                <Table.Cell>{invitation.partyName}</Table.Cell>
                <Table.Cell>
                  {formatDateTime(invitation.createdAt)} av {invitation.createdBy}
                </Table.Cell>
                <Table.Cell>{invitation.lastUsedAt ? formatDateTime(invitation.lastUsedAt) : 'Aldri'}</Table.Cell>
                <Table.Cell>
                  {invitation.revokedAt ? (
                    <Tag data-color="neutral" data-size="sm">
                      Trukket tilbake {formatDateTime(invitation.revokedAt)}
                    </Tag>
                  ) : (
                    <Tag data-color="success" data-size="sm">
                      Aktiv
                    </Tag>
                  )}
                </Table.Cell>
                <Table.Cell>
                  {!invitation.revokedAt && (
                    <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => setRevoking(invitation)}>
                      Trekk tilbake <span className="visually-hidden">lenken til {invitation.name}</span>
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {revoke.isError && (
        <Alert data-color="danger">
          <Paragraph>{problemMessage(revoke.error)}</Paragraph>
        </Alert>
      )}
      {revoking && (
        <ConfirmDialog
          open
          heading={`Trekke tilbake lenken til ${revoking.name}?`}
          confirmLabel="Trekk tilbake"
          busy={revoke.isPending}
          onConfirm={() => revoke.mutate(revoking.id, { onSettled: () => setRevoking(null) })}
          onCancel={() => setRevoking(null)}
        >
          Lenken slutter å virke med en gang. Rapporter som alt er sendt med den, blir liggende.
        </ConfirmDialog>
      )}
    </>
  );
}
