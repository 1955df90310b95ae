import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { baseUrl, expectNoAxeViolations, launch, newPage, screenshot } from './browser';

let browser: Browser;
let closeBrowser: () => Promise<void>;
let host: Server;
let hostUrl: string;
/** The page the foreign host serves at /; set by each test before it navigates there. */
let hostPage = '';

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launch());
  // An intranet on another origin (another port of 127.0.0.1 is another origin) that frames the embeds.
  host = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(hostPage);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await closeBrowser?.();
  await new Promise((resolve) => host?.close(resolve));
});

function intranetPage(body: string): string {
  return `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>Kommunens intranett</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Kommunens intranett</h1>${body}</main></body></html>`;
}

async function measureId(reference: string): Promise<number> {
  const response = await fetch(`${baseUrl()}/api/v1/measures?reference=${encodeURIComponent(reference)}`);
  const body = (await response.json()) as { items: { id: number }[] };
  return body.items[0]!.id;
}

async function frameOf(page: Page, title: string): Promise<Frame> {
  const handle = await page.getByTitle(title).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`No frame titled ${title}`);
  await frame.getByRole('heading', { level: 1 }).waitFor();
  return frame;
}

async function corsHeaderForForeignOrigin(): Promise<string | null> {
  const response = await fetch(`${baseUrl()}/api/v1/strategic-plans`, { headers: { Origin: hostUrl } });
  return response.headers.get('access-control-allow-origin');
}

describe('«Bygg inn» in the web app', () => {
  it('is linked from the header, previews the chosen embed and offers both snippets, accessibly', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Bygg inn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bygg inn' }).waitFor();
    expect(await page.title()).toBe('Bygg inn – Planstatus');

    await page.getByLabel('Hva vil du bygge inn?').selectOption({ label: 'Ett tiltak' });
    const measure = await measureId('2021-22/5.1');
    await page.getByLabel('Tiltak', { exact: true }).selectOption(String(measure));
    await page.getByLabel('Kompakt visning').check();

    const preview = page.locator('iframe[title^="Forhåndsvisning: "]');
    await expect.poll(() => preview.getAttribute('src')).toBe(`${baseUrl()}/embed/measures/${measure}?compact=true`);
    const frame = await preview.elementHandle().then((handle) => handle!.contentFrame());
    await frame!.getByRole('heading', { level: 1, name: 'Tiltak 2021-22/5.1' }).waitFor();

    const iframeCode = await page.getByLabel('Iframe-koden').inputValue();
    expect(iframeCode).toContain(`src="${baseUrl()}/embed/measures/${measure}?compact=true"`);
    expect(await page.getByLabel('Webkomponent-koden').inputValue()).toContain(
      `<planstatus-status base="${baseUrl()}" measure="${measure}" compact>`,
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'embed-01-bygg-inn');
  });
});

describe('embeds on another site', () => {
  it('renders the embed page in an iframe on a foreign origin, accessibly and without cookies', async () => {
    const measure = await measureId('2021-22/5.1');
    const embedUrl = `${baseUrl()}/embed/measures/${measure}`;
    hostPage = intranetPage(
      `<p>Status fra regionrådet:</p><iframe src="${embedUrl}" title="Status for tiltak 2021-22/5.1" width="100%" height="480" style="border:0"></iframe>` +
        `<iframe src="${baseUrl()}/embed/plan?compact=true&amp;heading=2" title="Status for handlingsplanen" width="100%" height="600" style="border:0"></iframe>`,
    );
    const page = await newPage(browser);
    await page.goto(hostUrl);

    const frame = await frameOf(page, 'Status for tiltak 2021-22/5.1');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('nb');
    const text = await frame.locator('main').innerText();
    expect(text).toContain('Fjellungdom i klimaskiftet');
    expect(text).toMatch(/Status: (Ikke rapportert|Ikke startet|Pågår|Fullført|Utsatt|Avbrutt)/);
    // 5.1 has never been reported on: no «Sist oppdatert» with today's date, but a plain statement.
    expect(text).toContain('Ikke rapportert ennå');
    expect(text).not.toContain('Sist oppdatert');
    expect(await frame.getByRole('link', { name: 'Se hele planen' }).getAttribute('href')).toBe(
      `${baseUrl()}/tiltak/${measure}`,
    );
    const planFrame = page.frameLocator('iframe[title="Status for handlingsplanen"]');
    await planFrame.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await page.context().cookies(baseUrl())).toEqual([]);
    await expectNoAxeViolations(page);
    await screenshot(page, 'embed-02-iframe-on-foreign-origin');
  });

  it('is readable at 320 px without sideways scrolling', async () => {
    const page = await newPage(browser, 320);
    await page.goto(`${baseUrl()}/embed/plan`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'embed-03-plan-320px');
  });

  it('renders the web component from the JSON API on the app origin', async () => {
    const measure = await measureId('2021-22/5.1');
    const page = await newPage(browser);
    // A page of the app's own origin without the app's CSP, so the component's API calls need no CORS.
    const ownOriginPage = `${baseUrl()}/intranett-test`;
    const html = intranetPage(
      `<script src="${baseUrl()}/embed/planstatus-status.js"></script>` +
        `<planstatus-status measure="${measure}"></planstatus-status>`,
    );
    await page.route(ownOriginPage, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(ownOriginPage);
    const component = page.locator('planstatus-status');
    await component.getByRole('heading', { level: 2, name: 'Tiltak 2021-22/5.1' }).waitFor();
    expect(await component.locator('p.status').innerText()).toMatch(/^Status: \S/);
    await expectNoAxeViolations(page);
  });

  it('renders the web component on a foreign page through the public API (needs CORS on public GETs)', async () => {
    expect(await corsHeaderForForeignOrigin()).toBe('*');
    const measure = await measureId('2021-22/5.1');
    hostPage = intranetPage(
      `<script src="${baseUrl()}/embed/planstatus-status.js" defer></script>` +
        `<planstatus-status base="${baseUrl()}" measure="${measure}"></planstatus-status>` +
        `<planstatus-status base="${baseUrl()}" plan compact style="--ps-accent: #7a1f5c"></planstatus-status>`,
    );
    const page = await newPage(browser);
    await page.goto(hostUrl);
    const components = page.locator('planstatus-status');
    await components.first().getByRole('heading', { level: 2, name: 'Tiltak 2021-22/5.1' }).waitFor();
    await components.nth(1).getByRole('heading', { level: 2, name: /^Status for / }).waitFor();
    expect(await components.nth(1).getByRole('link', { name: /^Mål 1:/ }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'embed-04-web-component-on-foreign-origin');
  });
});
