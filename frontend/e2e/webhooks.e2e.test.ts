import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { baseUrl, expectNoAxeViolations, launch, screenshot } from './browser';
import { adminPage } from './session';

/*
 * An admin registers a webhook, reads its (empty) delivery log and deletes it. The receiver's host is under
 * .invalid, which never resolves, and no report is written meanwhile, so nothing is ever sent to it.
 */
let browser: Browser;
let closeBrowser: () => Promise<void>;

const run = randomBytes(3).toString('hex');
const receiverUrl = `https://mottak.example.invalid/planstatus-${run}`;

type WebhookRow = { id: number; url: string };

/** The admin's own view of the registered webhooks, through the API the page uses. */
async function registeredWebhooks(page: Page): Promise<WebhookRow[]> {
  const response = await page.request.get(`${baseUrl()}/api/v1/webhooks`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: WebhookRow[] }).items;
}

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launch());
});

afterAll(async () => {
  // Should the test stop half-way, the webhook it registered must not outlive it.
  if (browser) {
    const page = await adminPage(browser);
    const leftovers = (await registeredWebhooks(page)).filter(({ url }) => url === receiverUrl);
    if (leftovers.length > 0) {
      const me = await page.request.get(`${baseUrl()}/api/v1/auth/me`);
      const { csrfToken } = (await me.json()) as { csrfToken: string };
      for (const { id } of leftovers) {
        await page.request.delete(`${baseUrl()}/api/v1/webhooks/${id}`, { headers: { 'X-CSRF-Token': csrfToken } });
      }
    }
    await page.context().close();
  }
  await closeBrowser?.();
});

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const main = (page: Page) => page.getByRole('main');

describe('webhooks', () => {
  it('lets an admin register a webhook, read its delivery log and delete it after confirming', async () => {
    const page = await adminPage(browser);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Webhooks' }).click();
    await h1(page, 'Webhooks').waitFor();
    expect(await main(page).innerText()).toContain('X-Planstatus-Signature');
    await expectNoAxeViolations(page);
    await screenshot(page, '50-webhooks');

    // A cloud's metadata address is refused, and the form says so on the field.
    await page.getByRole('textbox', { name: 'Adresse (URL)' }).fill('http://169.254.169.254/latest/meta-data/');
    await page.getByRole('textbox', { name: 'Hemmelighet' }).fill(randomBytes(18).toString('base64url'));
    await page.getByRole('button', { name: 'Registrer webhook' }).click();
    const summary = page.getByRole('group', { name: 'Vi kunne ikke registrere webhooken' });
    await summary.waitFor();
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      expect.stringMatching(/^Adresse \(URL\): kan ikke peke til en skytjenestes metadatatjeneste/),
    ]);
    await expectNoAxeViolations(page);
    await screenshot(page, '51-webhook-new-violations');

    await page.getByRole('textbox', { name: 'Adresse (URL)' }).fill(receiverUrl);
    await page.getByRole('textbox', { name: 'Beskrivelse (valgfritt)' }).fill(`Nettlesertest ${run}`);
    await page.getByRole('button', { name: 'Registrer webhook' }).click();
    await page.getByText(`Webhooken til ${receiverUrl} er registrert.`).waitFor();
    const row = page.getByRole('row').filter({ hasText: receiverUrl });
    expect(await row.innerText()).toContain(`Nettlesertest ${run}`);
    expect(await row.innerText()).toContain('Ingen ennå');
    await expectNoAxeViolations(page);

    await row.getByRole('link', { name: `Leveringslogg for ${receiverUrl}` }).click();
    await h1(page, 'Leveringslogg').waitFor();
    const log = await main(page).innerText();
    expect(log).toContain(receiverUrl);
    expect(log).toContain('Ingenting er sendt til denne webhooken ennå.');
    await expectNoAxeViolations(page);
    await screenshot(page, '52-webhook-deliveries');

    await page.getByRole('link', { name: 'Tilbake til webhooks' }).click();
    await h1(page, 'Webhooks').waitFor();
    await row.getByRole('button', { name: `Slett ${receiverUrl}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: `Slette webhooken til ${receiverUrl}?` }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, '53-webhook-delete-confirm');
    await dialog.getByRole('button', { name: 'Slett webhook' }).click();
    await page.getByText(`Webhooken til ${receiverUrl} er slettet.`).waitFor();
    expect(await page.getByRole('row').filter({ hasText: receiverUrl }).count()).toBe(0);
    expect((await registeredWebhooks(page)).map(({ url }) => url)).not.toContain(receiverUrl);
    await page.context().close();
  });
});
