import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { baseUrl, expectNoAxeViolations, launch } from './browser';
import { adminPage, apiWrite } from './session';

/*
 * Reflow (WCAG 1.4.10): at 320 and 360 CSS pixels the admin pages fit the window; a wide table scrolls inside
 * its own region, never the page. A token and a webhook with long names fill the tables; both are gone after
 * the test (the token revoked, the webhook deleted). The webhook's host is under .invalid and no change the
 * feed or webhooks carry is made meanwhile, so nothing is sent to it.
 */
let browser: Browser;
let closeBrowser: () => Promise<void>;
let admin: Page;
let tokenId: number | undefined;
let webhookId: number | undefined;

const run = randomBytes(3).toString('hex');

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launch());
  admin = await adminPage(browser);
  ({ id: tokenId } = await apiWrite<{ id: number }>(
    admin,
    'POST',
    '/api/v1/tokens',
    { name: `Intranettet til Fjellkommunene, smal skjerm ${run}`, role: 'EDITOR' },
    201,
  ));
  ({ id: webhookId } = await apiWrite<{ id: number }>(
    admin,
    'POST',
    '/api/v1/webhooks',
    {
      url: `https://mottak.example.invalid/planstatus-smal-skjerm-${run}/en-lang-adresse-uten-mellomrom`,
      secret: randomBytes(24).toString('base64url'),
    },
    201,
  ));
});

afterAll(async () => {
  if (admin) {
    if (tokenId !== undefined) await apiWrite(admin, 'DELETE', `/api/v1/tokens/${tokenId}`, undefined, 204);
    if (webhookId !== undefined) {
      const current = await admin.request.get(`${baseUrl()}/api/v1/webhooks/${webhookId}`);
      const { version } = (await current.json()) as { version: number };
      await apiWrite(admin, 'DELETE', `/api/v1/webhooks/${webhookId}`, undefined, 204, { 'If-Match': `"${version}"` });
    }
  }
  await closeBrowser?.();
});

/** How far the page reaches past the window sideways, in CSS pixels; 0 when it reflows. */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

const adminPaths = () => [
  '/admin/brukere',
  '/admin/brukere/ny',
  '/admin/tokens',
  '/admin/webhooks',
  `/admin/webhooks/${webhookId}`,
  '/admin/endringer',
];

describe('the admin pages in a narrow window', () => {
  for (const width of [320, 360]) {
    it(`fit ${width} px without scrolling sideways`, async () => {
      await admin.setViewportSize({ width, height: 800 });
      const overflowing: string[] = [];
      for (const path of adminPaths()) {
        await admin.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
        await admin.getByRole('heading', { level: 1 }).waitFor();
        await admin.locator('.loading').waitFor({ state: 'detached' });
        const overflow = await sidewaysOverflow(admin);
        if (overflow > 0) overflowing.push(`${path}: ${overflow} px`);
      }
      expect(overflowing).toEqual([]);
      await expectNoAxeViolations(admin);
    });
  }
});
