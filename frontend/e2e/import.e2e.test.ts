import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { baseUrl, expectNoAxeViolations, launch, screenshot } from './browser';
import { adminPage, measureByReference, newAccountPage } from './session';

/*
 * An editor downloads the plan file, imports it unchanged (nothing to do), then with one measure's text changed
 * (the dry run lists that measure, «Importer» saves it). At the end the original file is imported again, so the
 * other browser tests still see the adopted plan as it was.
 */
let browser: Browser;
let closeBrowser: () => Promise<void>;
let page: Page;
let workDir: string;

const reference = '2021-22/7.1';

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launch());
  const admin = await adminPage(browser);
  const suffix = randomBytes(3).toString('hex');
  page = await newAccountPage(browser, admin, {
    username: `import-${suffix}`,
    displayName: `Importerende redaktør ${suffix}`,
    role: 'EDITOR',
  });
  workDir = mkdtempSync(join(tmpdir(), 'planstatus-import-e2e-'));
});

afterAll(async () => {
  await closeBrowser?.();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

type PlanFile = { actionPlans: { measures: { reference: string; text: string }[] }[] };

const region = (name: string) => page.getByRole('region', { name });

/** Chooses the file on /importer and runs the dry run; the list of what would change is then on the page. */
async function dryRun(path: string) {
  await page.getByLabel('Planfil (JSON)').setInputFiles(path);
  await page.getByRole('button', { name: 'Se hva som endres' }).click();
  await region('Dette vil endres').waitFor();
}

async function importChosenFile() {
  await page.getByRole('button', { name: 'Importer' }).click();
  await page.getByText('Planfilen er importert.').waitFor();
}

describe('importing a plan file in the web app', () => {
  it('downloads the plan, finds nothing to change in it, imports a changed measure text and shows it', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Import og eksport' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import og eksport' }).waitFor();
    await expect
      .poll(() => page.getByRole('link', { name: 'Last ned til Excel (CSV)' }).getAttribute('href'))
      .toBe('/api/v1/export/measures.csv');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Last ned planfilen (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^plan-.+\.json$/);
    const original = join(workDir, download.suggestedFilename());
    await download.saveAs(original);
    const plan = JSON.parse(readFileSync(original, 'utf-8')) as PlanFile;

    await dryRun(original);
    await expect.poll(() => region('Dette vil endres').textContent()).toContain('Ingen endringer');
    expect(await page.getByRole('button', { name: 'Importer' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, '70-import-dry-run-unchanged');

    const measure = plan.actionPlans.flatMap((actionPlan) => actionPlan.measures).find((m) => m.reference === reference);
    if (!measure) throw new Error(`No measure ${reference} in the plan file`);
    const originalText = measure.text;
    const newText = `${measure.text} Endret ved import ${randomBytes(3).toString('hex')}.`;
    measure.text = newText;
    const changed = join(workDir, 'plan-endret.json');
    writeFileSync(changed, JSON.stringify(plan, null, 2));

    await dryRun(changed);
    const preview = region('Dette vil endres');
    await preview.getByRole('heading', { name: '1 endret tiltak' }).waitFor();
    const item = preview.getByRole('listitem');
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toContain(reference);
    expect(await item.textContent()).toContain('(endret: tekst)');
    await expectNoAxeViolations(page);
    await screenshot(page, '71-import-dry-run-changed');

    await importChosenFile();
    await region('Dette ble endret').getByRole('heading', { name: '1 endret tiltak' }).waitFor();

    const { id } = await measureByReference(reference);
    await page.goto(`${baseUrl()}/tiltak/${id}`);
    await page.getByText(newText).first().waitFor();

    // Put the plan back as it was, through the same page.
    await page.goto(`${baseUrl()}/importer`);
    await dryRun(original);
    await region('Dette vil endres').getByRole('heading', { name: '1 endret tiltak' }).waitFor();
    await importChosenFile();
    expect((await measureByReference(reference)).text).toBe(originalText);
  });

  it('shows the errors of a broken plan file, bound to the file field, and writes nothing', async () => {
    await page.goto(`${baseUrl()}/importer`);
    const broken = join(workDir, 'plan-feil.json');
    writeFileSync(broken, JSON.stringify({ format: 'planstatus-plan/1' }));

    await page.getByLabel('Planfil (JSON)').setInputFiles(broken);
    await page.getByRole('button', { name: 'Se hva som endres' }).click();

    await page.getByRole('heading', { name: 'Vi kunne ikke importere planfilen' }).waitFor();
    expect(await page.getByLabel('Planfil (JSON)').getAttribute('aria-invalid')).toBe('true');
    expect(await region('Dette vil endres').count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});
