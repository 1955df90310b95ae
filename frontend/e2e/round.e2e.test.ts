import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { baseUrl, expectNoAxeViolations, launch, newPage, screenshot } from './browser';
import { awaitMailTo, mailTo } from './mailbox';
import { adminPage, apiWrite, measureByReference, newAccountPage, signIn } from './session';

/*
 * A whole reporting round for «2. tertial 2022», as the secretariat runs it: an editor opens the round, a
 * reporter with an account and a partner with a personal link get e-mail on the test's SMTP server and report;
 * one report is sent back and corrected; the editor approves both; public pages show only what is approved; the
 * round page counts truly; a last reminder goes only to the one who still owes.
 *
 * It uses measures the other browser tests never look at: 5.3 (Administrasjonen leads: Kari reports), 6.2
 * (Arbeidsutvalget leads, Ungdomsrådet for Fjellregionen added as partner: Ola reports through a link) and 2.2
 * (Arbeidsutvalget: nobody reports; Per, who joins late, is reminded).
 */
let browser: Browser;
let closeBrowser: () => Promise<void>;

const run = Math.random().toString(36).slice(2, 8);
const kari = { username: `kari-${run}`, email: `kari-${run}@tynset.test`, password: `kari-passord-${run}-lang` };
const per = { username: `per-${run}`, email: `per-${run}@alvdal.test`, password: `per-passord-${run}-lang` };
const ola = { name: 'Ola Ungdom', email: `ola-${run}@ungdomsradet.test` };
const FIRST_TEXT = `Kari sitt første utkast ${run}`;
const CORRECTED_TEXT = `Tolv skoler er med ${run}.`;
const PARTNER_TEXT = `Ungdomsrådet har startet ${run}.`;

let editor: Page;
let reporter: Page;
let roundPath = '';
let linkUrl = '';

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launch());
});

afterAll(async () => {
  await closeBrowser?.();
});

async function partyId(slug: string): Promise<number> {
  const response = await fetch(`${baseUrl()}/api/v1/parties?limit=500`);
  const { items } = (await response.json()) as { items: { id: number; slug: string }[] };
  const party = items.find((p) => p.slug === slug);
  if (!party) throw new Error(`No party ${slug}`);
  return party.id;
}

async function reporterAccount(admin: Page, who: typeof kari, displayName: string, partySlug: string) {
  await apiWrite(
    admin,
    'POST',
    '/api/v1/accounts',
    {
      username: who.username,
      displayName,
      password: who.password,
      role: 'REPORTER',
      partyId: await partyId(partySlug),
      email: who.email,
    },
    201,
  );
}

async function publicStatus(reference: string): Promise<string> {
  const measure = await measureByReference(reference);
  const response = await fetch(`${baseUrl()}/api/v1/measures/${measure.id}`);
  return ((await response.json()) as { currentStatus: { status: string } }).currentStatus.status;
}

/** Reloads the round page until its summary reads as expected (it counts what the database holds). */
async function expectRoundSummary(page: Page, summary: string): Promise<void> {
  await page.goto(`${baseUrl()}${roundPath}`);
  await page.getByText(summary, { exact: true }).first().waitFor({ timeout: 15_000 });
}

/** Unchecks every measure of the proposal but the given ones (by reference). */
async function keepOnlyMeasures(page: Page, references: string[]): Promise<void> {
  const group = page.getByRole('group', { name: 'Tiltak i runden' });
  await group.getByRole('checkbox').first().waitFor();
  // Read every label first: unchecking a measure removes its «Også …» boxes, which would shift positions.
  const names = await group
    .getByRole('checkbox')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? ''));
  for (const name of names) {
    const reference = /^(2021-22\/\d+\.\d+)/.exec(name)?.[1];
    if (!reference) continue;
    const box = group.getByRole('checkbox', { name, exact: true });
    if (references.includes(reference)) await box.check();
    else await box.uncheck();
  }
}

describe('a reporting round from opening to approved status', () => {
  it('lets an editor open «2. tertial 2022» for three measures with a deadline and a partner added', async () => {
    const admin = await adminPage(browser);
    editor = await newAccountPage(browser, admin, {
      username: `redaktor-${run}`,
      displayName: 'Randi Redaktør',
      role: 'EDITOR',
    });
    await reporterAccount(admin, kari, 'Kari Nordmann', 'administrasjonen');
    await admin.context().close();

    await editor.goto(`${baseUrl()}/rapporteringsrunder`);
    await h1(editor, 'Rapporteringsrunder').waitFor();
    await editor.getByRole('combobox', { name: 'Periode' }).selectOption({ label: '2. tertial 2022 (2021-22)' });
    const deadline = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await editor.getByLabel('Frist', { exact: true }).fill(deadline);
    await editor.getByLabel('Melding til de som skal rapportere (valgfritt)').fill('Husk å nevne budsjettet.');
    await keepOnlyMeasures(editor, ['2021-22/2.2', '2021-22/5.3', '2021-22/6.2']);
    await editor.getByRole('checkbox', { name: /^Også Ungdomsrådet/ }).check();
    await expectNoAxeViolations(editor);
    await editor.getByRole('button', { name: 'Åpne runden' }).click();

    await editor.waitForURL(/\/rapporteringsrunder\/\d+$/);
    roundPath = new URL(editor.url()).pathname;
    await editor.getByText('0 av 3 tiltak rapportert, 0 venter på godkjenning, 3 mangler').first().waitFor();
    await expectNoAxeViolations(editor);
    await screenshot(editor, '60-round-opened');
  });

  it('e-mails a personal link to the partner and a reminder to the reporter with an account', async () => {
    await editor.getByRole('combobox', { name: 'Rapporterer for' }).selectOption({ label: 'Ungdomsrådet for Fjellregionen' });
    await editor.getByLabel('Navn', { exact: true }).fill(ola.name);
    await editor.getByLabel('E-postadresse').fill(ola.email);
    await editor.getByRole('button', { name: 'Send personlig lenke' }).click();
    await editor.getByRole('heading', { name: `Lenken er sendt til ${ola.name} (${ola.email})` }).waitFor();

    const [invitation] = await awaitMailTo(ola.email);
    expect(invitation!.text).toContain('2021-22/6.2');
    expect(invitation!.text).toContain('2. tertial 2022');
    const link = /(https?:\/\/\S+\/rapporter\/[A-Za-z0-9_-]+)/.exec(invitation!.text)?.[1];
    expect(link, invitation!.text).toBeTruthy();
    linkUrl = link!;

    await editor.getByRole('button', { name: 'Send påminnelse nå' }).click();
    const [reminder] = await awaitMailTo(kari.email);
    expect(reminder!.subject).toContain('2. tertial 2022');
    expect(reminder!.text).toContain('2021-22/5.3');
    expect(reminder!.text).not.toContain('2021-22/6.2');
    expect(reminder!.text).toContain('Husk å nevne budsjettet.');
    await screenshot(editor, '61-round-reminded');
  });

  it('takes the reporter from «Mine tiltak» to the form; the submitted report is not public', async () => {
    reporter = await newPage(browser);
    await signIn(reporter, kari.username, kari.password);
    await reporter.goto(`${baseUrl()}/mine-tiltak`);
    await h1(reporter, 'Mine tiltak').waitFor();
    await expectNoAxeViolations(reporter);
    await reporter.getByRole('link', { name: 'Rapporter på tiltak 2021-22/5.3' }).click();

    await reporter.getByRole('combobox', { name: 'Periode' }).selectOption({ label: '2. tertial 2022' });
    await reporter.getByLabel('Dato for status').fill('2022-08-31');
    await reporter.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Pågår' });
    await reporter.getByRole('radio', { name: 'I rute', exact: true }).check();
    await reporter.getByRole('textbox', { name: 'Beskrivelse' }).fill(FIRST_TEXT);
    await reporter.getByRole('button', { name: 'Lagre statusrapporten' }).click();
    await reporter.getByText(/sendt til godkjenning/).first().waitFor();

    expect(await publicStatus('2021-22/5.3')).toBe('NOT_REPORTED');
    const measure = await measureByReference('2021-22/5.3');
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/tiltak/${measure.id}`);
    await page.getByRole('heading', { name: 'Status nå' }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain(FIRST_TEXT);
    await page.context().close();
  });

  it('lets the partner report through the link without an account', async () => {
    const partner = await newPage(browser);
    await partner.goto(linkUrl);
    await partner.getByRole('button', { name: /Skriv rapport/ }).first().waitFor();
    await expectNoAxeViolations(partner);
    await partner.getByRole('button', { name: 'Skriv rapport for tiltak 2021-22/6.2' }).click();
    await partner.getByLabel('Dato for status').fill('2022-08-31');
    await partner.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Pågår' });
    await partner.getByRole('radio', { name: 'Risiko for avvik' }).check();
    await partner.getByRole('textbox', { name: 'Beskrivelse' }).fill(PARTNER_TEXT);
    await partner.getByRole('button', { name: 'Send til godkjenning' }).click();
    await partner.getByText('Takk! Rapporten er sendt til godkjenning.').waitFor();
    await screenshot(partner, '62-link-report-sent');
    await partner.context().close();

    expect(await publicStatus('2021-22/6.2')).toBe('NOT_REPORTED');
    await expectRoundSummary(editor, '2 av 3 tiltak rapportert, 2 venter på godkjenning, 1 mangler');
  });

  it('sends the reporter’s report back with a comment and approves the partner’s', async () => {
    await editor.goto(`${baseUrl()}/til-godkjenning`);
    await h1(editor, 'Til godkjenning').waitFor();
    const karis = editor.locator('article', { has: editor.getByRole('heading', { name: /2021-22\/5\.3/ }) });
    await karis.getByRole('button', { name: 'Send tilbake med kommentar' }).click();
    await karis.getByLabel('Hva må rettes?').fill('Skriv hvor mange skoler som er med.');
    await expectNoAxeViolations(editor);
    await karis.getByRole('button', { name: 'Send tilbake', exact: true }).click();
    await karis.waitFor({ state: 'detached' });

    const olas = editor.locator('article', { has: editor.getByRole('heading', { name: /2021-22\/6\.2/ }) });
    expect(await olas.innerText()).toContain(ola.name);
    await olas.getByRole('button', { name: 'Godkjenn' }).click();
    await olas.waitFor({ state: 'detached' });
    expect(await publicStatus('2021-22/6.2')).toBe('IN_PROGRESS');
  });

  it('shows the reporter the comment; the corrected report, once approved, is what the public sees', async () => {
    await reporter.goto(`${baseUrl()}/mine-rapporter`);
    await h1(reporter, 'Mine rapporter').waitFor();
    await reporter.getByText('Skriv hvor mange skoler som er med.').waitFor();
    await expectNoAxeViolations(reporter);
    await reporter.getByRole('link', { name: 'Fortsett med rapporten' }).click();
    await reporter.getByRole('textbox', { name: 'Beskrivelse' }).fill(CORRECTED_TEXT);
    await reporter.getByRole('button', { name: 'Lagre og send inn' }).click();
    await reporter.getByText(/sendt til godkjenning/).first().waitFor();

    await editor.goto(`${baseUrl()}/til-godkjenning`);
    const karis = editor.locator('article', { has: editor.getByRole('heading', { name: /2021-22\/5\.3/ }) });
    expect(await karis.innerText()).toContain(CORRECTED_TEXT);
    await karis.getByRole('button', { name: 'Godkjenn' }).click();
    await karis.waitFor({ state: 'detached' });

    const measure = await measureByReference('2021-22/5.3');
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/tiltak/${measure.id}`);
    await page.getByText(CORRECTED_TEXT).first().waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toContain('Pågår');
    expect(main).not.toContain(FIRST_TEXT);
    await page.context().close();

    const embed = await (await fetch(`${baseUrl()}/embed/measures/${measure.id}`)).text();
    expect(embed).toContain('Status: <strong>Pågår</strong>');
    expect(embed).toContain('Sist oppdatert <time datetime="2022-08-31">');

    const feed = await (await fetch(`${baseUrl()}/api/v1/feeds/changes.atom`)).text();
    expect(feed).toContain(CORRECTED_TEXT);
    expect(feed).toContain(PARTNER_TEXT);
    expect(feed).not.toContain(FIRST_TEXT);

    await expectRoundSummary(editor, '2 av 3 tiltak rapportert, 0 venter på godkjenning, 1 mangler');
    await screenshot(editor, '63-round-complete-but-one');
  });

  it('reminds only the one who still owes', async () => {
    const admin = await adminPage(browser);
    await reporterAccount(admin, per, 'Per Hansen', 'arbeidsutvalget');
    await admin.context().close();
    const kariBefore = mailTo(kari.email).length;
    const olaBefore = mailTo(ola.email).length;

    await editor.goto(`${baseUrl()}${roundPath}`);
    await editor.getByRole('button', { name: 'Send påminnelse nå' }).click();
    await editor.getByText('1 påminnelse sendt.', { exact: true }).waitFor();

    const [digest] = await awaitMailTo(per.email);
    expect(digest!.text).toContain('2021-22/2.2');
    expect(digest!.text, 'the partner has reported on 6.2').not.toContain('2021-22/6.2');
    expect(mailTo(kari.email)).toHaveLength(kariBefore);
    expect(mailTo(ola.email)).toHaveLength(olaBefore);
    await editor.context().close();
    await reporter.context().close();
  });
});
