import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { baseUrl, expectNoAxeViolations, launch, newPage, screenshot } from './browser';
import { adminPage, adminPassword, measureByReference } from './session';

/*
 * Keeping the plan in the browser. The other browser tests read the seeded plan, in any order relative to
 * these: these edit only measures those never look at, and leave no measure behind that was not there.
 */
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launch());
});

afterAll(async () => {
  await closeBrowser?.();
});

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function openEditor(page: Page, measureId: number): Promise<void> {
  await page.goto(`${baseUrl()}/tiltak/${measureId}`);
  await page.getByRole('link', { name: 'Rediger tiltak' }).click();
  await h1(page, /^Rediger tiltak/).waitFor();
}

describe('signing in and out', () => {
  it('refuses a wrong password, signs the admin in, and brings them back to the page they came from', async () => {
    const page = await newPage(browser);
    const measure = await measureByReference('2021-22/8.5');
    await page.goto(`${baseUrl()}/tiltak/${measure.id}/rediger`);
    await h1(page, 'Logg inn').waitFor();
    expect(new URL(page.url()).searchParams.get('neste')).toBe(`/tiltak/${measure.id}/rediger`);
    await expectNoAxeViolations(page);
    await screenshot(page, '10-login');

    await page.getByLabel('Brukernavn').fill('admin');
    await page.getByLabel('Passord').fill('ikke-passordet');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText('Feil brukernavn eller passord.').waitFor();
    expect(await page.getByLabel('Passord').inputValue()).toBe('');
    await expectNoAxeViolations(page);
    await screenshot(page, '11-login-failed');

    await page.getByLabel('Passord').fill(adminPassword());
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await h1(page, /^Rediger tiltak/).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/tiltak/${measure.id}/rediger`);
    expect(await page.getByRole('banner').innerText()).toContain('Administrator');
    await page.context().close();
  });

  it('signs out: the header offers «Logg inn» again and editing pages ask for sign-in', async () => {
    const page = await adminPage(browser);
    const measure = await measureByReference('2021-22/8.5');
    await page.goto(`${baseUrl()}/tiltak/${measure.id}`);
    await page.getByRole('link', { name: 'Rediger tiltak' }).waitFor();

    await page.getByRole('banner').getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL(`${baseUrl()}/`);
    await page.getByRole('banner').getByRole('link', { name: 'Logg inn' }).waitFor();

    await page.goto(`${baseUrl()}/tiltak/${measure.id}`);
    await h1(page, /^Tiltak/).waitFor();
    expect(await page.getByRole('link', { name: 'Rediger tiltak' }).count()).toBe(0);
    await page.goto(`${baseUrl()}/tiltak/${measure.id}/rediger`);
    await h1(page, 'Logg inn').waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
    expect(me).toBe(401);
    await page.context().close();
  });
});

describe('editing a measure', () => {
  it('shows violations on the fields, then saves the change and shows it on the measure page', async () => {
    const page = await adminPage(browser);
    const measure = await measureByReference('2021-22/8.4');
    await openEditor(page, measure.id);
    await expectNoAxeViolations(page);
    await screenshot(page, '12-measure-edit');

    const text = page.getByRole('textbox', { name: 'Tiltak' });
    await text.fill('');
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    const summary = page.getByRole('group', { name: 'Vi kunne ikke lagre tiltaket' });
    await summary.waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, '13-measure-edit-violations');
    await summary.getByRole('link', { name: 'Tiltak: må fylles ut' }).click();
    expect(await text.evaluate((element) => element === document.activeElement)).toBe(true);

    const changed = `${measure.text} – endret i nettleseren <script>alert(1)</script>`;
    await text.fill(changed);
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    await page.getByText('Endringene er lagret.').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/tiltak/${measure.id}`);
    // Stored text is shown as text: the tag is visible as characters, nothing ran.
    await page.getByText(changed).first().waitFor();
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.getByRole('list', { name: 'Endringslogg, nyeste først' }).innerText()).toContain('Tiltak endret');
    await expectNoAxeViolations(page);
    await screenshot(page, '17-measure-after-edit');
    await page.context().close();
  });

  it('meets an edit conflict in a second window, keeps the input, and resolves it with «Bruk mine endringer»', async () => {
    const measure = await measureByReference('2021-22/8.3');
    const first = await adminPage(browser);
    const second = await adminPage(browser);
    await openEditor(first, measure.id);
    await openEditor(second, measure.id);

    await first.getByRole('textbox', { name: 'Tiltak' }).fill(`${measure.text} (første vindu)`);
    await first.getByRole('button', { name: 'Lagre endringene' }).click();
    await first.getByText('Endringene er lagret.').waitFor();

    const mine = `${measure.text} (andre vindu)`;
    await second.getByRole('textbox', { name: 'Tiltak' }).fill(mine);
    await second.getByRole('button', { name: 'Lagre endringene' }).click();
    const conflict = second.getByRole('heading', { name: 'Noen andre har endret tiltaket mens du redigerte' });
    await conflict.waitFor();
    expect(await second.getByRole('textbox', { name: 'Tiltak' }).inputValue()).toBe(mine);
    expect(await second.getByRole('main').innerText()).toContain(`${measure.text} (første vindu)`);
    await expectNoAxeViolations(second);
    await screenshot(second, '14-measure-edit-conflict');

    await second.getByRole('button', { name: 'Bruk mine endringer' }).click();
    await second.getByText('Endringene er lagret.').waitFor();
    await second.getByText(mine).first().waitFor();
    const saved = await measureByReference('2021-22/8.3');
    expect(saved.text).toBe(mine);
    expect(saved.version).toBe(measure.version + 2);
    await first.context().close();
    await second.context().close();
  });

  it('creates a measure under a goal and deletes it again after confirming', async () => {
    const page = await adminPage(browser);
    const goalId = (await measureByReference('2021-22/8.4')).goal.id;
    await page.goto(`${baseUrl()}/mal/${goalId}`);
    await page.getByRole('link', { name: 'Nytt tiltak under dette målet' }).click();
    await h1(page, 'Nytt tiltak').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, '15-measure-new');

    await page.getByRole('textbox', { name: 'Tiltak' }).fill('prøve ut et nytt tiltak fra nettleseren');
    await page.getByRole('textbox', { name: 'Ansvar' }).fill('Administrasjonen');
    await page.getByRole('button', { name: 'Opprett tiltak' }).click();
    await page.getByText('Tiltaket er opprettet.').waitFor();
    const created = Number(new URL(page.url()).pathname.split('/').pop());
    expect(await page.getByRole('main').innerText()).toContain('prøve ut et nytt tiltak fra nettleseren');

    await openEditor(page, created);
    await page.getByRole('button', { name: 'Slett tiltak' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, '16-measure-delete-confirm');
    await dialog.getByRole('button', { name: 'Slett tiltaket' }).click();
    await page.getByText(/er slettet\.$/).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/mal/${goalId}`);
    expect((await fetch(`${baseUrl()}/api/v1/measures/${created}`)).status).toBe(404);
    await page.context().close();
  });
});
