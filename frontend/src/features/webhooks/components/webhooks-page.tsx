import { Alert, Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';

import { AppLink } from '../../../components/app-link';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormErrorSummary } from '../../../components/form/form-error-summary';
import { routePaths } from '../../../config/paths';
import { problemMessage } from '../../../lib/api/problem';
import type { Webhook } from '../../../lib/api/types';
import { formatDateTime } from '../../../lib/format/date';
import { formErrorsFromError, noFormErrors, type FieldLabels } from '../../../lib/forms/form-errors';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateWebhook } from '../api/create-webhook';
import { useDeleteWebhook } from '../api/delete-webhook';
import { useWebhooks } from '../api/get-webhooks';
import { DeliveryStateTag } from './delivery-state';

type WebhookField = 'url' | 'secret' | 'description';

const webhookFieldLabels: FieldLabels<WebhookField> = {
  url: 'Adresse (URL)',
  secret: 'Hemmelighet',
  description: 'Beskrivelse (valgfritt)',
};

function NewWebhookForm({ onRegistered }: { onRegistered: (webhook: Webhook) => void }) {
  const fieldIds = useFieldIds(webhookFieldLabels);
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState(noFormErrors<WebhookField>);
  const [attempt, setAttempt] = useState(0);
  const create = useCreateWebhook();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const trimmedDescription = description.trim();
    create.mutate(
      { url: url.trim(), secret, ...(trimmedDescription ? { description: trimmedDescription } : {}) },
      {
        onSuccess: (webhook) => {
          setErrors(noFormErrors());
          setUrl('');
          setSecret('');
          setDescription('');
          onRegistered(webhook);
        },
        onError: (error) => setErrors(formErrorsFromError(error, webhookFieldLabels)),
      },
    );
  };

  return (
    <section className="page-section" aria-labelledby={`${fieldIds.url}-heading`}>
      <Heading level={2} data-size="sm" id={`${fieldIds.url}-heading`}>
        Ny webhook
      </Heading>
      <FormErrorSummary
        errors={errors}
        fieldIds={fieldIds}
        heading="Vi kunne ikke registrere webhooken"
        attempt={attempt}
      />
      <form className="form" onSubmit={submit} noValidate>
        <Textfield
          id={fieldIds.url}
          label={webhookFieldLabels.url}
          description="Full http- eller https-adresse hos mottakeren, f.eks. https://intranett.kommune.no/planstatus."
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          error={errors.fields.url}
        />
        <Textfield
          id={fieldIds.secret}
          label={webhookFieldLabels.secret}
          description="Minst 16 tegn. Mottakeren trenger den samme hemmeligheten for å sjekke signaturen. Planstatus viser den aldri igjen."
          autoComplete="off"
          spellCheck={false}
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          error={errors.fields.secret}
        />
        <Textfield
          id={fieldIds.description}
          label={webhookFieldLabels.description}
          description="Hvem som tar imot, f.eks. «Kommunens intranett»."
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={errors.fields.description}
        />
        <div className="form-actions">
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Registrerer …' : 'Registrer webhook'}
          </Button>
        </div>
      </form>
    </section>
  );
}

function LastDelivery({ webhook }: { webhook: Webhook }) {
  const last = webhook.lastDelivery;
  if (!last) return <>Ingen ennå</>;
  return (
    <>
      <DeliveryStateTag state={last.state} /> {formatDateTime(last.attemptedAt ?? last.createdAt)}, forsøk{' '}
      {last.attempt}
    </>
  );
}

function WebhookTable({ webhooks, onDelete }: { webhooks: readonly Webhook[]; onDelete: (webhook: Webhook) => void }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Webhooks (rull sideveis)">
      <Table>
        <caption className="visually-hidden">Registrerte webhooks, nyeste først</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Adresse</Table.HeaderCell>
            <Table.HeaderCell>Beskrivelse</Table.HeaderCell>
            <Table.HeaderCell>Registrert</Table.HeaderCell>
            <Table.HeaderCell>Siste levering</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="visually-hidden">Handlinger</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {webhooks.map((webhook) => (
            <Table.Row key={webhook.id}>
              <Table.Cell>
                <code className="webhook-url">{webhook.url}</code>
              </Table.Cell>
              <Table.Cell>{webhook.description ?? ''}</Table.Cell>
              <Table.Cell>
                {formatDateTime(webhook.createdAt)} av {webhook.createdBy}
              </Table.Cell>
              <Table.Cell>
                <LastDelivery webhook={webhook} />
              </Table.Cell>
              <Table.Cell>
                <div className="table-actions">
                  <AppLink to={routePaths.webhook(webhook.id)}>
                    Leveringslogg <span className="visually-hidden">for {webhook.url}</span>
                  </AppLink>
                  <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => onDelete(webhook)}>
                    Slett <span className="visually-hidden">{webhook.url}</span>
                  </Button>
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

export function WebhooksPage() {
  const { data: webhooks } = useWebhooks();
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  // A new object for every change, so the same text twice still moves focus to it.
  const [done, setDone] = useState<{ text: string } | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const remove = useDeleteWebhook();
  useDocumentTitle('Webhooks');

  useEffect(() => {
    // Screen readers hear what happened, and keyboard users go on from there.
    if (done) confirmation.current?.focus();
  }, [done]);

  const confirmDelete = () => {
    if (!deleting) return;
    const { id, url } = deleting;
    remove.mutate(id, {
      onSuccess: () => setDone({ text: `Webhooken til ${url} er slettet.` }),
      onSettled: () => setDeleting(null),
    });
  };

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Webhooks
      </Heading>
      <Paragraph>
        En webhook er en adresse hos et annet system som Planstatus sier fra til hver gang en statusrapport blir
        skrevet eller korrigert. Planstatus sender rapporten som JSON med POST, sammen med tiltakets id, referanse og tekst.
      </Paragraph>
      <Paragraph>
        Hver forsendelse er signert. Overskriften <code>X-Planstatus-Signature</code> har formen{' '}
        <code>t=&lt;tidspunkt&gt;,v1=&lt;hex&gt;</code>: HMAC-SHA256 av tidspunktet (Unix-sekunder, også i{' '}
        <code>X-Planstatus-Timestamp</code>), et punktum og hele meldingskroppen, med hemmeligheten som nøkkel.
        Mottakeren regner ut det samme og sammenligner, og avviser tidspunkt som er mer enn 5 minutter gamle, før den
        stoler på innholdet. (Tidligere versjoner sendte <code>sha256=&lt;hex&gt;</code> av kroppen alene; mottakere
        som sjekker den gamle formen, må oppdateres.) Svarer ikke mottakeren med 2xx innen 5 sekunder, prøver
        Planstatus igjen etter 1 minutt, 5 minutter, 30 minutter, 2 timer og 12 timer; feiler også det siste forsøket,
        står leveringen som «Mislyktes» i leveringsloggen, der den kan sendes på nytt. Eksempler finnes i integrasjonsveiledningen
        (docs/integration.md, avsnittet «Webhooks»).
      </Paragraph>

      {done && (
        <Alert data-color="success" className="notice" tabIndex={-1} ref={confirmation}>
          <Paragraph>{done.text}</Paragraph>
        </Alert>
      )}

      <NewWebhookForm onRegistered={({ url }) => setDone({ text: `Webhooken til ${url} er registrert.` })} />

      <section className="page-section">
        <Heading level={2} data-size="sm">
          Registrerte webhooks
        </Heading>
        {remove.isError && (
          <Alert data-color="danger">
            <Paragraph>{problemMessage(remove.error)}</Paragraph>
          </Alert>
        )}
        {webhooks.length > 0 ? (
          <WebhookTable webhooks={webhooks} onDelete={setDeleting} />
        ) : (
          <Paragraph>Ingen webhooks er registrert ennå.</Paragraph>
        )}
      </section>

      <ConfirmDialog
        open={deleting !== null}
        heading={`Slette webhooken til ${deleting?.url ?? ''}?`}
        confirmLabel="Slett webhook"
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        Mottakeren får ingen flere forsendelser, og leveringsloggen slettes. Dette kan ikke angres.
      </ConfirmDialog>
    </div>
  );
}
