import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { baseUrl, expectNoAxeViolations, launch, newPage, screenshot } from './browser';
import { adminPage, measureByReference, signIn } from './session';

/*
 * Accounts, progress reports, API tokens and the audit trail, as one story: the admin creates a reporter for
 * Arbeidsutvalget, the reporter reports on one of its measures, anyone sees it, the admin issues and revokes
 * a token and follows every change. Reports go on a measure the other browser tests never look at.
 */
let browser: Browser;
let closeBrowser: () => Promise<void>;

const run = randomBytes(3).toString('hex');
const reporter = {
  username: `rapportor-${run}`,
  displayName: `Rita Rapportør ${run}`,
  password: randomBytes(12).toString('base64url'),
};
const reportText = `Arbeidet er i gang. <script>alert("${run}")</script> skal vises som tekst.`;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launch());
});

afterAll(async () => {
  await closeBrowser?.();
});

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const main = (page: Page) => page.getByRole('main');

describe('an admin, a reporter and the public', () => {
  it('lets the admin create a reporter account for Arbeidsutvalget, with violations shown on the fields', async () => {
    const page = await adminPage(browser);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Brukere' }).click();
    await h1(page, 'Brukere').waitFor();
    expect(await main(page).innerText()).toContain('admin');
    await expectNoAxeViolations(page);
    await screenshot(page, '20-accounts');

    await page.getByRole('link', { name: 'Ny bruker' }).click();
    await h1(page, 'Ny bruker').waitFor();
    await page.getByRole('textbox', { name: 'Brukernavn' }).fill('Ugyldig Navn');
    await page.getByRole('radio', { name: 'Rapportør' }).check();
    await page.getByRole('button', { name: 'Opprett bruker' }).click();
    const summary = page.getByRole('group', { name: 'Vi kunne ikke opprette brukeren' });
    await summary.waitFor();
    const problems = await summary.getByRole('link').allInnerTexts();
    expect(problems.some((text) => text.startsWith('Brukernavn:'))).toBe(true);
    expect(problems.some((text) => text.startsWith('Passord:'))).toBe(true);
    await expectNoAxeViolations(page);
    await screenshot(page, '21-account-new-violations');

    await page.getByRole('textbox', { name: 'Brukernavn' }).fill(reporter.username);
    await page.getByRole('textbox', { name: 'Navn', exact: true }).fill(reporter.displayName);
    await page.getByLabel('Rapporterer for').selectOption({ label: 'Arbeidsutvalget' });
    await page.getByLabel('Passord').fill(reporter.password);
    await page.getByRole('button', { name: 'Opprett bruker' }).click();
    await page.getByText(`Brukeren ${reporter.username} er opprettet.`).waitFor();
    expect(await main(page).innerText()).toContain(`Rapportør for Arbeidsutvalget`);

    await page.getByRole('link', { name: reporter.username }).click();
    await h1(page, `Bruker ${reporter.username}`).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, '22-account-edit');
    await page.context().close();
  });

  it('lets the reporter write a report on their party’s measure, and only there', async () => {
    const measure = await measureByReference('2021-22/8.2');
    const page = await newPage(browser);
    await signIn(page, reporter.username, reporter.password);
    await page.goto(`${baseUrl()}/tiltak/${measure.id}`);
    await h1(page, /^Tiltak/).waitFor();
    expect(await page.getByRole('link', { name: 'Rediger tiltak' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Ny statusrapport' }).click();
    await h1(page, /^Ny statusrapport/).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Lagre statusrapporten' }).click();
    await page.getByRole('group', { name: 'Vi kunne ikke lagre statusrapporten' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, '23-report-new-violations');

    await page.getByRole('combobox', { name: 'Periode' }).selectOption({ label: '2. tertial 2022' });
    await page.getByLabel('Dato for status').fill('2022-08-31');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Pågår' });
    await page.getByRole('radio', { name: 'Risiko for avvik' }).check();
    await page.getByRole('textbox', { name: 'Prosent fullført (valgfritt)' }).fill('40');
    await page.getByRole('textbox', { name: 'Beskrivelse' }).fill(reportText);
    await page.getByRole('button', { name: 'Legg til lenke' }).click();
    await page.getByRole('textbox', { name: 'Adresse til lenke 1' }).fill('https://www.example.no/sak/2022-17');
    await page.getByRole('textbox', { name: 'Tittel på lenke 1 (valgfritt)' }).fill('Sak 17/2022');
    await screenshot(page, '24-report-new');
    await page.getByRole('button', { name: 'Lagre statusrapporten' }).click();
    // A reporter's report waits for an editor's approval before anyone else sees it.
    await page.getByText(/Statusrapporten er sendt til godkjenning/).waitFor();
    const visitor = await newPage(browser);
    await visitor.goto(`${baseUrl()}/tiltak/${measure.id}`);
    await h1(visitor, /^Tiltak/).waitFor();
    expect(await main(visitor).innerText()).not.toContain(reportText);
    await visitor.context().close();

    // A measure Arbeidsutvalget has nothing to do with offers no reporting.
    const other = await measureByReference('2021-22/4.2');
    await page.goto(`${baseUrl()}/tiltak/${other.id}`);
    await h1(page, /^Tiltak/).waitFor();
    expect(await page.getByRole('link', { name: 'Ny statusrapport' }).count()).toBe(0);
    await page.goto(`${baseUrl()}/tiltak/${other.id}/ny-rapport`);
    await h1(page, 'Ingen tilgang').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, '31-forbidden');
    await page.context().close();
  });

  it('lets the reporter correct the report while it waits, and an editor approve it', async () => {
    const page = await newPage(browser);
    await signIn(page, reporter.username, reporter.password);
    await page.goto(`${baseUrl()}/mine-rapporter`);
    await h1(page, 'Mine rapporter').waitFor();
    await page.getByRole('link', { name: 'Korriger rapporten' }).first().click();
    await h1(page, /^Korriger statusrapport/).waitFor();
    expect(await page.getByRole('textbox', { name: 'Beskrivelse' }).inputValue()).toBe(reportText);
    await expectNoAxeViolations(page);
    await screenshot(page, '25-report-correct');

    await page.getByRole('textbox', { name: 'Prosent fullført (valgfritt)' }).fill('45');
    await page.getByRole('button', { name: 'Lagre og send inn' }).click();
    await page.getByText(/Statusrapporten er sendt til godkjenning/).waitFor();
    await page.context().close();

    const admin = await adminPage(browser);
    await admin.goto(`${baseUrl()}/til-godkjenning`);
    await h1(admin, 'Til godkjenning').waitFor();
    const waiting = admin.locator('article', { has: admin.getByRole('heading', { name: /2021-22\/8\.2/ }) });
    expect(await waiting.innerText()).toContain(reportText);
    await expectNoAxeViolations(admin);
    await waiting.getByRole('button', { name: 'Godkjenn' }).click();
    await waiting.waitFor({ state: 'detached' });
    await admin.context().close();
  });

  it('shows the report, its links and the change log on the public measure page to anyone signed out', async () => {
    const measure = await measureByReference('2021-22/8.2');
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/tiltak/${measure.id}`);
    await h1(page, /^Tiltak/).waitFor();
    const text = await main(page).innerText();
    expect(text).toContain(reportText);
    expect(text).toMatch(/45\s%\sfullført/);
    expect(text).toContain(`Rapportert av ${reporter.displayName}`);
    expect(await page.getByRole('link', { name: 'Sak 17/2022' }).getAttribute('href')).toBe(
      'https://www.example.no/sak/2022-17',
    );
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Korriger/ }).count()).toBe(0);
    expect(await page.getByRole('list', { name: 'Endringslogg, nyeste først' }).innerText()).toContain(
      'Statusrapport opprettet',
    );
    await expectNoAxeViolations(page);
    await screenshot(page, '26-measure-with-report-public');
    await page.context().close();
  });

  it('lets the admin issue a token, shows its secret once, and revoke it after confirming', async () => {
    const page = await adminPage(browser);
    await page.goto(`${baseUrl()}/admin/tokens`);
    await h1(page, 'API-tokens').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, '27-tokens');

    const name = `Kommunens intranett ${run}`;
    await page.getByRole('textbox', { name: 'Navn' }).fill(name);
    await page.getByRole('radio', { name: 'Rapportør' }).check();
    await page.getByLabel('Rapporterer for').selectOption({ label: 'Arbeidsutvalget' });
    await page.getByRole('button', { name: 'Lag token' }).click();
    await page.getByRole('heading', { name: `Kopier hemmeligheten til «${name}» nå` }).waitFor();
    const secret = await page.getByRole('textbox', { name: 'Hemmelighet' }).inputValue();
    expect(secret.length).toBeGreaterThan(20);
    expect(await main(page).innerText()).toContain('Den vises bare denne ene gangen');
    await expectNoAxeViolations(page);
    await screenshot(page, '28-token-issued');

    const me = await fetch(`${baseUrl()}/api/v1/auth/me`, { headers: { Authorization: `Bearer ${secret}` } });
    expect(me.status).toBe(200);

    await page.getByRole('button', { name: 'Jeg har tatt vare på den' }).click();
    await page.reload();
    await h1(page, 'API-tokens').waitFor();
    expect(await main(page).innerText()).not.toContain(secret);
    const row = page.getByRole('row').filter({ hasText: name });
    expect(await row.innerText()).not.toContain('Aldri');

    await row.getByRole('button', { name: `Trekk tilbake ${name}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: `Trekke tilbake «${name}»?` }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, '29-token-revoke-confirm');
    await dialog.getByRole('button', { name: 'Trekk tilbake' }).click();
    await row.getByText(/^Trukket tilbake/).waitFor();
    const afterRevoke = await fetch(`${baseUrl()}/api/v1/auth/me`, {
      headers: { Authorization: `Bearer ${secret}` },
    });
    expect(afterRevoke.status).toBe(401);
    await page.context().close();
  });

  it('lets the admin follow every change, filtered by what changed', async () => {
    const page = await adminPage(browser);
    await page.goto(`${baseUrl()}/admin/endringer`);
    await h1(page, 'Endringer').waitFor();
    const all = await main(page).innerText();
    expect(all).toContain('Bruker opprettet');
    expect(all).toContain('Statusrapport korrigert');
    expect(all).toContain('API-token opprettet');
    await expectNoAxeViolations(page);
    await screenshot(page, '30-audit');

    await page.getByLabel('Hva er endret').selectOption({ label: 'Statusrapport' });
    await page.getByRole('button', { name: 'Vis endringer' }).click();
    await page.waitForURL(/type=report/);
    const list = page.getByRole('list', { name: 'Endringer, nyeste først' });
    await list.getByText('Statusrapport korrigert').first().waitFor();
    expect(await list.innerText()).not.toContain('Bruker opprettet');
    await page.context().close();
  });
});
