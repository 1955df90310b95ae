import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { Webhook, WebhookDelivery } from '../../../lib/api/types';
import { fakeApi, json, problem, sentRequests } from '../../../testing/fake-api';
import { createTestQueryClient, renderPage } from '../../../testing/render';
import { webhookQueryOptions } from '../api/get-webhook';
import { webhookDeliveriesQueryOptions } from '../api/get-webhook-deliveries';
import { webhooksQueryOptions } from '../api/get-webhooks';
import { WebhookPage } from './webhook-page';
import { WebhooksPage } from './webhooks-page';

const failedAttempt: WebhookDelivery = {
  id: 41,
  deliveryId: '6f1c2b7e-0d7a-4c4e-9a43-1f0b3a5d9e21',
  event: 'report.created',
  attempt: 2,
  state: 'FAILED',
  statusCode: 503,
  error: null,
  createdAt: '2022-09-02T09:59:58Z',
  attemptedAt: '2022-09-02T10:00:00Z',
  nextRetryAt: '2022-09-02T10:00:04Z',
  resendable: false,
};

const intranet: Webhook = {
  id: 7,
  url: 'https://intranett.kommune.no/planstatus',
  description: 'Kommunens intranett',
  createdBy: 'Administrator',
  createdAt: '2022-09-01T08:00:00Z',
  lastDelivery: failedAttempt,
};

const archive: Webhook = {
  id: 8,
  url: 'http://10.1.2.3/arkiv',
  description: null,
  createdBy: 'Administrator',
  createdAt: '2022-09-03T08:00:00Z',
  lastDelivery: null,
};

function renderWebhooks(webhooks: Webhook[] = [intranet]) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(webhooksQueryOptions().queryKey, webhooks);
  const user = userEvent.setup();
  return { ...renderPage(<WebhooksPage />, { queryClient }), user };
}

function renderDeliveryLog(webhook: Webhook, deliveries: WebhookDelivery[]) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(webhookQueryOptions(webhook.id).queryKey, webhook);
  queryClient.setQueryData(webhookDeliveriesQueryOptions(webhook.id).queryKey, deliveries);
  return renderPage(<WebhookPage webhookId={webhook.id} />, { queryClient });
}

describe('webhooks page', () => {
  it('lists webhooks with address, description, registration and how the newest delivery went', () => {
    renderWebhooks([archive, intranet]);

    expect(screen.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
    expect(screen.getByText('X-Planstatus-Signature')).toBeVisible();
    const rows = screen.getAllByRole('row');
    expect(rows[1]).toHaveTextContent('http://10.1.2.3/arkiv');
    expect(rows[1]).toHaveTextContent('Ingen ennå');
    expect(rows[2]).toHaveTextContent('Kommunens intranett');
    expect(rows[2]).toHaveTextContent('1. september 2022 kl. 10:00 av Administrator');
    expect(within(rows[2]!).getByText('Feilet')).toBeVisible();
    expect(rows[2]).toHaveTextContent('2. september 2022 kl. 12:00, forsøk 2');
    expect(
      within(rows[2]!).getByRole('link', { name: 'Leveringslogg for https://intranett.kommune.no/planstatus' }),
    ).toHaveAttribute('href', '/admin/webhooks/7');
  });

  it('says so when no webhook is registered', () => {
    renderWebhooks([]);
    expect(screen.getByText('Ingen webhooks er registrert ennå.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('registers a webhook and confirms it, keeping the secret out of the page afterwards', async () => {
    const created: Webhook = { ...archive, id: 9, url: 'https://mottak.kommune.no/hook', description: 'Mottak' };
    fakeApi({
      'POST /api/v1/webhooks': () => json(201, created),
      'GET /api/v1/webhooks': () => json(200, { items: [created, intranet] }),
    });
    const { user } = renderWebhooks();

    await user.type(screen.getByRole('textbox', { name: 'Adresse (URL)' }), ' https://mottak.kommune.no/hook ');
    await user.type(screen.getByRole('textbox', { name: 'Hemmelighet' }), 'en-lang-delt-hemmelighet');
    await user.type(screen.getByRole('textbox', { name: 'Beskrivelse (valgfritt)' }), 'Mottak');
    await user.click(screen.getByRole('button', { name: 'Registrer webhook' }));

    const confirmation = await screen.findByText('Webhooken til https://mottak.kommune.no/hook er registrert.');
    await waitFor(() => expect(confirmation.closest('[tabindex="-1"]')).toHaveFocus());
    expect(await sentRequests('POST /api/v1/webhooks')[0]?.json()).toEqual({
      url: 'https://mottak.kommune.no/hook',
      secret: 'en-lang-delt-hemmelighet',
      description: 'Mottak',
    });
    expect(screen.getByRole('textbox', { name: 'Hemmelighet' })).toHaveValue('');
    expect(await screen.findByRole('link', { name: 'Leveringslogg for https://mottak.kommune.no/hook' })).toBeVisible();
  });

  it('puts the server’s violations on the fields and in the error summary', async () => {
    fakeApi({
      'POST /api/v1/webhooks': () =>
        problem(400, {
          type: 'urn:planstatus:problem:bad-request',
          violations: [
            { field: 'url', message: 'kan ikke peke til Planstatus’ egen maskin (localhost, 127.0.0.0/8, ::1)' },
            { field: 'secret', message: 'må ha mellom 16 og 200 tegn' },
          ],
        }),
    });
    const { user } = renderWebhooks();

    await user.type(screen.getByRole('textbox', { name: 'Adresse (URL)' }), 'http://localhost/hook');
    await user.type(screen.getByRole('textbox', { name: 'Hemmelighet' }), 'kort');
    await user.click(screen.getByRole('button', { name: 'Registrer webhook' }));

    const summary = await screen.findByRole('group', { name: 'Vi kunne ikke registrere webhooken' });
    const link = within(summary).getByRole('link', { name: 'Hemmelighet: må ha mellom 16 og 200 tegn' });
    expect(within(summary).getByRole('link', { name: /^Adresse \(URL\): kan ikke peke til/ })).toBeVisible();
    const urlField = screen.getByRole('textbox', { name: 'Adresse (URL)' });
    expect(urlField).toHaveAttribute('aria-invalid', 'true');
    expect(urlField).toHaveAccessibleDescription(expect.stringContaining('kan ikke peke til'));
    await user.click(link);
    expect(screen.getByRole('textbox', { name: 'Hemmelighet' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Hemmelighet' })).toHaveValue('kort');
  });

  it('deletes a webhook only after confirming', async () => {
    fakeApi({
      'DELETE /api/v1/webhooks/7': () => new Response(null, { status: 204 }),
      'GET /api/v1/webhooks': () => json(200, { items: [] }),
    });
    const { user } = renderWebhooks();

    await user.click(screen.getByRole('button', { name: 'Slett https://intranett.kommune.no/planstatus' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Slette webhooken til https://intranett.kommune.no/planstatus?',
    });
    await user.click(within(dialog).getAllByRole('button', { name: 'Avbryt' }).at(-1)!);
    expect(sentRequests('DELETE /api/v1/webhooks/7')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Slett https://intranett.kommune.no/planstatus' }));
    await user.click(
      within(screen.getByRole('dialog', { name: /^Slette webhooken/ })).getByRole('button', { name: 'Slett webhook' }),
    );

    expect(await screen.findByText('Webhooken til https://intranett.kommune.no/planstatus er slettet.')).toBeVisible();
    expect(await screen.findByText('Ingen webhooks er registrert ennå.')).toBeVisible();
    expect(sentRequests('DELETE /api/v1/webhooks/7')).toHaveLength(1);
  });
});

describe('webhook delivery log', () => {
  it('lists every attempt with time, attempt, answer and result', () => {
    const succeeded: WebhookDelivery = {
      ...failedAttempt,
      id: 42,
      attempt: 3,
      state: 'SUCCEEDED',
      statusCode: 200,
      attemptedAt: '2022-09-02T10:00:05Z',
      nextRetryAt: null,
    };
    const unreachable: WebhookDelivery = {
      ...failedAttempt,
      id: 40,
      attempt: 1,
      statusCode: null,
      error: '127.0.0.1 tok ikke imot tilkoblingen på port 9.',
      attemptedAt: '2022-09-02T09:59:59Z',
    };
    renderDeliveryLog(intranet, [succeeded, failedAttempt, unreachable]);

    expect(screen.getByRole('heading', { level: 1, name: 'Leveringslogg' })).toBeVisible();
    expect(screen.getByText('https://intranett.kommune.no/planstatus')).toBeVisible();
    const table = screen.getByRole('table', { name: 'Leveringslogg, nyeste forsøk først' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent('Ny statusrapport');
    expect(within(rows[1]!).getAllByRole('cell')[2]).toHaveTextContent(/^3$/);
    expect(rows[1]).toHaveTextContent('HTTP 200');
    expect(within(rows[1]!).getByText('Levert')).toBeVisible();
    expect(rows[2]).toHaveTextContent('HTTP 503');
    expect(rows[2]).toHaveTextContent('Nytt forsøk 2. september 2022 kl. 12:00');
    expect(within(rows[2]!).getByText('Feilet')).toBeVisible();
    expect(rows[3]).toHaveTextContent('127.0.0.1 tok ikke imot tilkoblingen på port 9.');
    expect(screen.getByRole('link', { name: 'Tilbake til webhooks' })).toHaveAttribute('href', '/admin/webhooks');
    expect(screen.queryByRole('button', { name: /^Send på nytt/ })).not.toBeInTheDocument();
  });

  const gaveUp: WebhookDelivery = {
    ...failedAttempt,
    id: 46,
    attempt: 6,
    state: 'GAVE_UP',
    statusCode: 503,
    attemptedAt: '2022-09-03T00:00:00Z',
    nextRetryAt: null,
    resendable: true,
  };

  it('offers «Send på nytt» for a delivery that failed for good, and queues a new attempt', async () => {
    const queued: WebhookDelivery = {
      ...gaveUp,
      id: 47,
      attempt: 7,
      state: 'PENDING',
      statusCode: null,
      attemptedAt: null,
      createdAt: '2022-09-03T08:00:00Z',
      resendable: false,
    };
    fakeApi({
      'POST /api/v1/webhooks/7/deliveries/46/resend': () => json(202, queued),
      'GET /api/v1/webhooks/7/deliveries': () => json(200, { items: [queued, { ...gaveUp, resendable: false }] }),
      'GET /api/v1/webhooks/7': () => json(200, intranet),
    });
    renderDeliveryLog(intranet, [gaveUp, { ...failedAttempt, attempt: 5 }]);
    const user = userEvent.setup();

    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(within(rows[1]!).getByText('Mislyktes')).toBeVisible();
    expect(within(rows[2]!).getByText('Feilet')).toBeVisible();
    expect(within(rows[2]!).queryByRole('button')).not.toBeInTheDocument();
    await user.click(within(rows[1]!).getByRole('button', { name: 'Send på nytt: Ny statusrapport, forsøk 6' }));

    expect(await screen.findByText('Leveringen er sendt på nytt. Resultatet kommer i loggen under.')).toBeVisible();
    expect(sentRequests('POST /api/v1/webhooks/7/deliveries/46/resend')).toHaveLength(1);
    await waitFor(() => expect(screen.getByText('Venter')).toBeVisible());
    expect(screen.queryByRole('button', { name: /^Send på nytt/ })).not.toBeInTheDocument();
  });

  it('says why a delivery could not be sent again', async () => {
    fakeApi({
      'POST /api/v1/webhooks/7/deliveries/46/resend': () =>
        problem(409, {
          type: 'urn:planstatus:problem:conflict',
          detail: 'Leveringen er allerede sendt på nytt; se det nyeste forsøket.',
        }),
    });
    renderDeliveryLog(intranet, [gaveUp]);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: /^Send på nytt/ }));

    expect(await screen.findByText('Leveringen er allerede sendt på nytt; se det nyeste forsøket.')).toBeVisible();
  });

  it('says that nothing has been sent yet', () => {
    renderDeliveryLog(archive, []);
    expect(screen.getByText(/^Ingenting er sendt til denne webhooken ennå/)).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
