import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { baseUrl, expectNoAxeViolations, launch, newPage, screenshot } from './browser';

let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launch());
});

afterAll(async () => {
  await closeBrowser?.();
});

async function open(path: string, width?: number): Promise<Page> {
  const page = await newPage(browser, width);
  await page.goto(`${baseUrl()}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/** Waits for the page's h1 to show the text: a client-side navigation keeps the old page until data has loaded. */
async function expectH1(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}
const measureCount = (page: Page) => page.getByText(/^Viser \d+ av \d+ tiltak$/).innerText();

describe('the adopted plan in the browser', () => {
  it('shows the overview with the vision, both periods, all goals and all 22 measures', async () => {
    const page = await open('/');
    expect(await page.title()).toContain('Planstatus');
    await expect(page.getByText('Rom for å skape - tid til å leve').first().isVisible()).resolves.toBe(true);
    await expect(page.getByText('Arbeidsmåter og øvrig samarbeid:').isVisible()).resolves.toBe(true);
    expect(await measureCount(page)).toBe('Viser 22 av 22 tiltak');
    const measureLinks = page.locator('a[href^="/tiltak/"]');
    expect(await measureLinks.count()).toBe(22);
    expect(await page.locator('a[href^="/mal/"]').count()).toBeGreaterThanOrEqual(8);
    await expectNoAxeViolations(page);
    await screenshot(page, '01-overview');
  });

  it('walks overview → goal → measure → responsible body, each page accessible and reloadable', async () => {
    const page = await open('/');

    await page.locator('a[href^="/mal/"]', { hasText: 'Ungdomsmedvirkning og ungt entreprenørskap' }).first().click();
    await page.waitForURL(/\/mal\/\d+$/);
    await expectH1(page, /Ungdomsmedvirkning og ungt entreprenørskap skal kjennetegne regionen/);
    await expectNoAxeViolations(page);
    await screenshot(page, '02-goal');
    await page.reload();
    await expectH1(page, /Ungdomsmedvirkning og ungt entreprenørskap skal kjennetegne regionen/);

    await page.locator('a[href^="/tiltak/"]', { hasText: 'Fjellungdom i klimaskiftet' }).first().click();
    await page.waitForURL(/\/tiltak\/\d+$/);
    await page.getByText('Administrasjonen i samarbeid med Ungt Entreprenørskap Innlandet').first().waitFor();
    const main = page.getByRole('main');
    expect(await main.innerText()).toContain('Ungt Entreprenørskap Innlandet');
    expect(await main.innerText()).toContain('2021-22/5.1');
    expect(await main.innerText()).toContain('Ingen statusrapporter');
    expect(await main.innerText()).toMatch(/Ikke rapportert/i);
    await expectNoAxeViolations(page);
    await screenshot(page, '03-measure');
    const measureUrl = page.url();
    await page.reload();
    expect(page.url()).toBe(measureUrl);
    await page.getByText('Administrasjonen i samarbeid med Ungt Entreprenørskap Innlandet').first().waitFor();

    await main.locator('a[href^="/ansvarlige/"]', { hasText: /^Administrasjonen$/ }).first().click();
    await page.waitForURL(/\/ansvarlige\/\d+$/);
    await expectH1(page, /Administrasjonen/);
    const partyText = await page.getByRole('main').innerText();
    expect(partyText).toContain('Fjellungdom i klimaskiftet');
    expect(partyText).toContain('Ungt Entreprenørskap Innlandet');
    await expectNoAxeViolations(page);
    await screenshot(page, '04-party');
    await page.reload();
    await expectH1(page, /Administrasjonen/);
  });

  it('lists the responsible bodies', async () => {
    const page = await open('/ansvarlige');
    const text = await page.getByRole('main').innerText();
    for (const name of ['Arbeidsutvalget', 'Administrasjonen', 'Ungt Entreprenørskap Innlandet', 'Ungdomsrådet for Fjellregionen']) {
      expect(text).toContain(name);
    }
    await expectNoAxeViolations(page);
    await screenshot(page, '05-parties');
  });

  it('filters by responsible body and status in the URL, and keeps the filter on reload', async () => {
    const page = await open('/');
    await page.getByText('Filtrer', { exact: true }).click();
    await page.getByLabel('Ansvarlig eller samarbeidspartner').selectOption({ label: 'Administrasjonen' });
    await page.waitForURL(/party=\d+/);
    await page.getByText('Viser 7 av 22 tiltak').waitFor();

    await page.getByLabel('Rolle').selectOption('LEAD');
    await page.waitForURL(/role=LEAD/);
    await page.getByText('Viser 7 av 22 tiltak').waitFor();

    await page.reload();
    await page.getByText('Viser 7 av 22 tiltak').waitFor();
    expect(await page.getByLabel('Ansvarlig eller samarbeidspartner').inputValue()).not.toBe('');
    expect(await page.locator('a[href^="/tiltak/"]').count()).toBe(7);
    await expectNoAxeViolations(page);
    await screenshot(page, '06-overview-filtered');

    await page.getByLabel('Status', { exact: true }).selectOption('COMPLETED');
    await page.waitForURL(/status=COMPLETED/);
    await page.getByText('Viser 0 av 22 tiltak').waitFor();
    expect(await page.getByRole('main').innerText()).toContain('Ingen tiltak passer filtrene');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Nullstill filtre' }).click();
    await page.getByText('Viser 22 av 22 tiltak').waitFor();
    expect(new URL(page.url()).search).toBe('');
  });

  it('opens a filtered deep link directly', async () => {
    const parties = (await (await fetch(`${baseUrl()}/api/v1/parties`)).json()) as {
      items: { id: number; slug: string }[];
    };
    const ue = parties.items.find((p) => p.slug === 'ungt-entreprenorskap-innlandet');
    const page = await open(`/?party=${ue?.id}&status=NOT_REPORTED`);
    await page.getByText('Viser 1 av 22 tiltak').waitFor();
    expect(await page.getByRole('main').innerText()).toContain('Fjellungdom i klimaskiftet');
  });

  it('finds measures by free text, goal and assessment from the URL', async () => {
    const page = await open('/?q=KLIMASKIFTET');
    await page.getByText('Viser 1 av 22 tiltak').waitFor();
    expect(await page.getByRole('main').innerText()).toContain('Fjellungdom i klimaskiftet');
    expect(await page.getByRole('searchbox', { name: 'Fritekst' }).inputValue()).toBe('KLIMASKIFTET');

    await page.getByRole('searchbox', { name: 'Fritekst' }).fill('');
    await page.getByRole('button', { name: 'Søk' }).click();
    await page.getByText('Viser 22 av 22 tiltak').waitFor();
    await page.getByLabel('Vurdering', { exact: true }).selectOption('ON_TRACK');
    await page.waitForURL(/assessment=ON_TRACK/);
    const count = Number(/^Viser (\d+) av 22 tiltak$/.exec(await measureCount(page))?.[1]);
    const shown = page.locator('.measure-table__assessment');
    expect(await shown.count()).toBe(count);
    for (const text of await shown.allInnerTexts()) expect(text).toContain('I rute');
    await expectNoAxeViolations(page);
  });

  it('shows the first measure’s status on the first screen of a phone and of a desktop', async () => {
    const phoneContext = await browser.newContext({ viewport: { width: 375, height: 667 }, locale: 'nb-NO' });
    const phone = await phoneContext.newPage();
    await phone.goto(`${baseUrl()}/`);
    const firstStatus = phone.locator('.measure-table__status .status-tag').first();
    await firstStatus.waitFor();
    expect(await firstStatus.innerText()).toMatch(/Ikke rapportert|Ikke startet|Pågår|Fullført|Utsatt|Avbrutt/);
    await phone.screenshot({ path: 'test-results/screenshots/09-overview-phone-first-screen.png' });
    const onPhone = await firstStatus.boundingBox();
    expect(onPhone).not.toBeNull();
    expect(onPhone!.y).toBeGreaterThanOrEqual(0);
    expect(onPhone!.y + onPhone!.height).toBeLessThanOrEqual(667);
    await expectNoAxeViolations(phone);
    await phone.getByText('Filtrer', { exact: true }).click();
    await phone.getByLabel('Status', { exact: true }).waitFor();
    await phoneContext.close();

    const desktop = await open('/');
    const onDesktop = await desktop.locator('.measure-table__status .status-tag').first().boundingBox();
    expect(onDesktop).not.toBeNull();
    // On the first screen of the desktop window too (1280 × 900, see browser.ts), before any scrolling.
    expect(onDesktop!.y + onDesktop!.height).toBeLessThanOrEqual(desktop.viewportSize()!.height);
  });

  it('shows a not-found page for unknown and malformed addresses', async () => {
    for (const path of ['/tiltak/999999', '/tiltak/abc', '/mal/999999', '/ansvarlige/999999', '/finnes-ikke']) {
      const page = await open(path);
      await expectH1(page, /fant ikke/i);
      await expectNoAxeViolations(page);
      if (path === '/tiltak/999999') await screenshot(page, '07-not-found');
      await page.context().close();
    }
  });

  it('reflows to 320 px without horizontal scrolling', async () => {
    const page = await open('/', 320);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '08-overview-320px');
  });

  it('keeps the API answering problem+json, not the web app, for unknown API paths', async () => {
    const response = await fetch(`${baseUrl()}/api/v1/finnes-ikke`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const asset = await fetch(`${baseUrl()}/assets/finnes-ikke.js`);
    expect(asset.status).toBe(404);
  });
});
