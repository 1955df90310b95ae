import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';

import { AppLink } from '../../../components/app-link';
import { EmptyState } from '../../../components/empty-state';
import { routePaths } from '../../../config/paths';
import { problemMessage } from '../../../lib/api/problem';
import type { WebhookDelivery } from '../../../lib/api/types';
import { formatDateTime } from '../../../lib/format/date';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useWebhook } from '../api/get-webhook';
import { useWebhookDeliveries } from '../api/get-webhook-deliveries';
import { useResendWebhookDelivery } from '../api/resend-webhook-delivery';
import { DeliveryStateTag, deliveryAnswer, deliveryEventLabel } from './delivery-state';

type DeliveryTableProps = {
  deliveries: readonly WebhookDelivery[];
  onResend: (delivery: WebhookDelivery) => void;
  resending: boolean;
};

function DeliveryTable({ deliveries, onResend, resending }: DeliveryTableProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Leveringslogg (rull sideveis)">
      <Table>
        <caption className="visually-hidden">Leveringslogg, nyeste forsøk først</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Tidspunkt</Table.HeaderCell>
            <Table.HeaderCell>Hendelse</Table.HeaderCell>
            <Table.HeaderCell>Forsøk</Table.HeaderCell>
            <Table.HeaderCell>Svar</Table.HeaderCell>
            <Table.HeaderCell>Resultat</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {deliveries.map((delivery) => (
            <Table.Row key={delivery.id}>
              <Table.Cell>{formatDateTime(delivery.attemptedAt ?? delivery.createdAt)}</Table.Cell>
              <Table.Cell>{deliveryEventLabel(delivery.event)}</Table.Cell>
              <Table.Cell>{delivery.attempt}</Table.Cell>
              <Table.Cell>{deliveryAnswer(delivery)}</Table.Cell>
              <Table.Cell>
                <DeliveryStateTag state={delivery.state} />
                {delivery.nextRetryAt && ` Nytt forsøk ${formatDateTime(delivery.nextRetryAt)}`}
                {delivery.resendable && (
                  <>
                    {' '}
                    <Button
                      type="button"
                      variant="secondary"
                      data-size="sm"
                      disabled={resending}
                      aria-label={`Send på nytt: ${deliveryEventLabel(delivery.event)}, forsøk ${delivery.attempt}`}
                      onClick={() => onResend(delivery)}
                    >
                      Send på nytt
                    </Button>
                  </>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** One webhook and every attempt to deliver to it: what an admin looks at when a receiver says it heard nothing. */
export function WebhookPage({ webhookId }: { webhookId: number }) {
  const { data: webhook } = useWebhook(webhookId);
  const { data: deliveries } = useWebhookDeliveries(webhookId);
  const resend = useResendWebhookDelivery();
  useDocumentTitle(`Leveringslogg for webhook ${webhook.url}`);

  return (
    <div className="page">
      <Paragraph>
        <AppLink to={routePaths.webhooks()}>Tilbake til webhooks</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        Leveringslogg
      </Heading>
      <dl className="facts">
        <div>
          <dt>Adresse</dt>
          <dd>
            <code className="webhook-url">{webhook.url}</code>
          </dd>
        </div>
        {webhook.description && (
          <div>
            <dt>Beskrivelse</dt>
            <dd>{webhook.description}</dd>
          </div>
        )}
        <div>
          <dt>Registrert</dt>
          <dd>
            {formatDateTime(webhook.createdAt)} av {webhook.createdBy}
          </dd>
        </div>
      </dl>

      <section className="page-section">
        <Heading level={2} data-size="sm">
          Forsøk, nyeste først
        </Heading>
        <Paragraph>
          Hvert forsøk på å levere en hendelse vises for seg. Et forsøk som feiler, prøves igjen etter 1 minutt, så
          etter 5 minutter, 30 minutter, 2 timer og 12 timer. Feiler også det siste, står leveringen som «Mislyktes», og
          du kan sende den på nytt når mottakeren er i orden igjen. De 200 nyeste forsøkene vises.
        </Paragraph>
        <div aria-live="polite">
          {resend.isSuccess && (
            <Alert data-color="success" className="notice">
              <Paragraph>Leveringen er sendt på nytt. Resultatet kommer i loggen under.</Paragraph>
            </Alert>
          )}
          {resend.isError && (
            <Alert data-color="danger" className="notice">
              <Paragraph>{problemMessage(resend.error)}</Paragraph>
            </Alert>
          )}
        </div>
        {deliveries.length > 0 ? (
          <DeliveryTable
            deliveries={deliveries}
            resending={resend.isPending}
            onResend={(delivery) => resend.mutate({ webhookId, deliveryId: delivery.id })}
          />
        ) : (
          <EmptyState>
            Ingenting er sendt til denne webhooken ennå. Den første forsendelsen kommer når en statusrapport blir skrevet
            eller korrigert.
          </EmptyState>
        )}
      </section>
    </div>
  );
}
