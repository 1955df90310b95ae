import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { defaultEmbedOptions, iframeSnippet } from '../src/features/embed/snippets';
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

type GoalJson = { id: number; number: number; text: string; measures: unknown[] };

/** The newest strategic plan and the goal of it that has the most measures (the tallest goal embed). */
async function biggestGoal(): Promise<{ planId: number; goal: GoalJson }> {
  const plans = (await (await fetch(`${baseUrl()}/api/v1/strategic-plans`)).json()) as { items: { id: number }[] };
  const planId = plans.items[0]!.id;
  const goals = (await (await fetch(`${baseUrl()}/api/v1/goals?strategicPlan=${planId}`)).json()) as {
    items: GoalJson[];
  };
  const goal = goals.items.reduce((a, b) => (b.measures.length > a.measures.length ? b : a));
  return { planId, goal };
}

/** Every request the page (and its frames) makes to the JSON API, in order. */
function apiRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/v1/')) seen.push(url.pathname + url.search);
  });
  return seen;
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

describe('embeds that fit', () => {
  /** Heights follow messages between frames; a busy machine may take a moment. */
  const settled = { timeout: 10_000 };

  it('makes one request per resource the web components on a page show, and one per change', async () => {
    const first = await measureId('2021-22/5.1');
    const second = await measureId('2021-22/8.1');
    const { planId, goal } = await biggestGoal();
    const component = (attributes: string) => `<planstatus-status base="${baseUrl()}" ${attributes}></planstatus-status>`;
    // Five components as the «Bygg inn» snippet writes them; two show the same measure.
    hostPage = intranetPage(
      `<script src="${baseUrl()}/embed/planstatus-status.js" defer></script>` +
        component(`measure="${first}"`) +
        component(`measure="${first}" compact heading="3"`) +
        component(`measure="${second}" compact`) +
        component(`goal="${goal.id}"`) +
        component('plan compact'),
    );
    const page = await newPage(browser);
    const requests = apiRequests(page);
    await page.goto(hostUrl);
    const components = page.locator('planstatus-status');
    await components.nth(0).getByRole('heading', { level: 2, name: 'Tiltak 2021-22/5.1' }).waitFor();
    await components.nth(1).getByRole('heading', { level: 3, name: 'Tiltak 2021-22/5.1' }).waitFor();
    await components.nth(2).getByRole('heading', { level: 2, name: 'Tiltak 2021-22/8.1' }).waitFor();
    await components.nth(3).getByRole('heading', { level: 2, name: `Mål ${goal.number}: ${goal.text}` }).waitFor();
    await components.nth(4).getByRole('heading', { level: 2, name: /^Status for / }).waitFor();
    for (let i = 0; i < 5; i++) {
      expect(await components.nth(i).locator('p.status').first().innerText()).toMatch(/^Status: \S/);
    }
    await page.waitForLoadState('networkidle');
    // One request per measure, one for the goal, the plan list and the plan's goals: 5 for 5 components.
    expect([...requests].sort()).toEqual(
      [
        `/api/v1/measures/${first}`,
        `/api/v1/measures/${second}`,
        `/api/v1/goals/${goal.id}`,
        '/api/v1/strategic-plans',
        `/api/v1/goals?strategicPlan=${planId}`,
      ].sort(),
    );

    // Several attributes changed together: one request for the new measure, none for compact and heading.
    await components.nth(0).evaluate((element, id) => {
      element.setAttribute('measure', String(id));
      element.setAttribute('compact', '');
      element.setAttribute('heading', '4');
    }, second);
    await components.nth(0).getByRole('heading', { level: 4, name: 'Tiltak 2021-22/8.1' }).waitFor();
    await components.nth(1).evaluate((element) => element.setAttribute('heading', '5'));
    await components.nth(1).getByRole('heading', { level: 5, name: 'Tiltak 2021-22/5.1' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(requests).toHaveLength(6);
    expect(requests[5]).toBe(`/api/v1/measures/${second}`);
    await expectNoAxeViolations(page);
  });

  it('fits each iframe to its content with the resize script, and keeps fitting when the column narrows', async () => {
    const measure = await measureId('2021-22/5.1');
    const { goal } = await biggestGoal();
    const snippet = (target: Parameters<typeof iframeSnippet>[1], compact: boolean, title: string) =>
      iframeSnippet(baseUrl(), target, { ...defaultEmbedOptions, compact }, title);
    // The «Bygg inn» snippets, pasted twice (once per iframe, so the script comes twice), in a side column.
    hostPage = intranetPage(
      '<div id="column" style="width:480px">' +
        snippet({ kind: 'measure', id: measure }, true, 'Status for tiltaket') +
        snippet({ kind: 'goal', id: goal.id }, false, 'Status for målet') +
        '</div>',
    );
    const page = await newPage(browser);
    await page.goto(hostUrl);
    const measureFrame = await frameOf(page, 'Status for tiltaket');
    const goalFrame = await frameOf(page, 'Status for målet');
    const contentHeight = (frame: Frame) =>
      frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const frameHeight = (title: string) =>
      page.getByTitle(title).evaluate((iframe) => iframe.getBoundingClientRect().height);
    const fits = async (frame: Frame, title: string) => Math.abs((await frameHeight(title)) - (await contentHeight(frame)));

    await expect.poll(() => fits(measureFrame, 'Status for tiltaket'), settled).toBeLessThanOrEqual(1);
    await expect.poll(() => fits(goalFrame, 'Status for målet'), settled).toBeLessThanOrEqual(1);
    const compactMeasure = await frameHeight('Status for tiltaket');
    const wholeGoal = await frameHeight('Status for målet');
    expect(compactMeasure).toBeLessThan(300);
    expect(wholeGoal).toBeGreaterThan(480);
    // The whole goal is visible: nothing left to scroll inside the frame.
    expect(await goalFrame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);
    console.log(`iframe heights at 480 px: compact measure ${compactMeasure} px, goal ${wholeGoal} px`);

    await page.locator('#column').evaluate((column) => (column.style.width = '320px'));
    await expect.poll(() => frameHeight('Status for målet'), settled).toBeGreaterThan(wholeGoal);
    await expect.poll(() => fits(goalFrame, 'Status for målet'), settled).toBeLessThanOrEqual(1);
    console.log(`goal iframe at 320 px: ${await frameHeight('Status for målet')} px`);
    await expectNoAxeViolations(page);
    await screenshot(page, 'embed-05-iframes-fit-their-content');
  });

  it('fits iframes that loaded before the resize script did, by asking them', async () => {
    const measure = await measureId('2021-22/5.1');
    hostPage = intranetPage(
      `<iframe src="${baseUrl()}/embed/measures/${measure}?compact=true" title="Status for tiltaket" width="100%" height="480" style="border:0"></iframe>`,
    );
    const page = await newPage(browser);
    await page.goto(hostUrl);
    const frame = await frameOf(page, 'Status for tiltaket');
    // The frame has posted its height to nobody; now the host page adds the script.
    await page.evaluate((src) => {
      const script = document.createElement('script');
      script.src = src;
      document.body.append(script);
    }, `${baseUrl()}/embed/planstatus-resize.js`);
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect
      .poll(
        () => page.getByTitle('Status for tiltaket').evaluate((iframe) => iframe.getBoundingClientRect().height),
        settled,
      )
      .toBe(content);
  });

  it('ignores height messages from frames of other origins', async () => {
    const measure = await measureId('2021-22/5.1');
    hostPage = intranetPage(
      '<iframe title="Annen ramme" height="150" srcdoc="<p>Vertens egen ramme</p>"></iframe>' +
        iframeSnippet(baseUrl(), { kind: 'measure', id: measure }, { ...defaultEmbedOptions, compact: true }, 'Status for tiltaket'),
    );
    const page = await newPage(browser);
    await page.goto(hostUrl);
    const measureFrame = await frameOf(page, 'Status for tiltaket');
    const content = await measureFrame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    // The script listens: the Planstatus frame has been fitted.
    await expect
      .poll(
        () => page.getByTitle('Status for tiltaket').evaluate((iframe) => iframe.getBoundingClientRect().height),
        settled,
      )
      .toBeLessThan(content + 2);

    // A frame of the host's own origin claims to be a tall Planstatus page, then posts a marker; messages arrive in
    // order, so once the marker is in, the claim has been handled, and ignored.
    await page.evaluate(() => {
      const host = window as Window & { markerSeen?: Promise<void> };
      host.markerSeen = new Promise<void>((resolve) =>
        window.addEventListener('message', (event) => {
          if ((event.data as { type?: string }).type === 'marker') resolve();
        }),
      );
    });
    const otherHeight = () => page.getByTitle('Annen ramme').evaluate((iframe) => iframe.getBoundingClientRect().height);
    const before = await otherHeight();
    const other = await (await page.getByTitle('Annen ramme').elementHandle())!.contentFrame();
    await other!.evaluate(() => {
      parent.postMessage({ type: 'planstatus:height', height: 3000 }, '*');
      parent.postMessage({ type: 'marker' }, '*');
    });
    await page.evaluate(() => (window as Window & { markerSeen?: Promise<void> }).markerSeen);
    expect(await otherHeight()).toBe(before);
  });
});
