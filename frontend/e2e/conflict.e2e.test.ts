import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { baseUrl, expectNoAxeViolations, launch, screenshot } from './browser';
import { adminPage, apiWrite, measureByReference, newAccountPage } from './session';

/*
 * Two editors on one measure at the same time. The measure is made for this test and deleted after it, so the
 * seeded plan the other browser tests read stays as it is.
 */
let browser: Browser;
let closeBrowser: () => Promise<void>;
let admin: Page;
let editorA: Page;
let editorB: Page;
let measureId: number | undefined;

type StoredMeasure = { id: number; version: number; text: string; responsibilityText: string };

const run = randomBytes(3).toString('hex');

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launch());
  admin = await adminPage(browser);
  editorA = await newAccountPage(browser, admin, {
    username: `redaktor-a-${run}`,
    displayName: `Anne Redaktør ${run}`,
    role: 'EDITOR',
  });
  editorB = await newAccountPage(browser, admin, {
    username: `redaktor-b-${run}`,
    displayName: `Bjørn Redaktør ${run}`,
    role: 'EDITOR',
  });
});

afterAll(async () => {
  if (measureId !== undefined && admin) {
    const current = await storedMeasure(measureId);
    await apiWrite(admin, 'DELETE', `/api/v1/measures/${measureId}`, undefined, 204, {
      'If-Match': `"${current.version}"`,
    });
  }
  await closeBrowser?.();
});

async function storedMeasure(id: number): Promise<StoredMeasure> {
  const response = await fetch(`${baseUrl()}/api/v1/measures/${id}`);
  expect(response.status).toBe(200);
  return (await response.json()) as StoredMeasure;
}

/** A fresh measure under the goal of a seeded one, with a text and an «Ansvar» line of its own. */
async function createMeasure(): Promise<StoredMeasure> {
  const seeded = (await (
    await fetch(`${baseUrl()}/api/v1/measures/${(await measureByReference('2021-22/8.5')).id}`)
  ).json()) as { goal: { id: number }; actionPlan: { id: number } };
  const created = await apiWrite<StoredMeasure>(
    admin,
    'POST',
    '/api/v1/measures',
    {
      actionPlanId: seeded.actionPlan.id,
      goalId: seeded.goal.id,
      text: `Samtidig redigering ${run}`,
      responsibilityText: 'Administrasjonen',
    },
    201,
  );
  measureId = created.id;
  return created;
}

async function openEditor(page: Page, id: number): Promise<void> {
  await page.goto(`${baseUrl()}/tiltak/${id}/rediger`);
  await page.getByRole('heading', { level: 1, name: /^Rediger tiltak/ }).waitFor();
}

const textField = (page: Page) => page.getByRole('textbox', { name: 'Tiltak', exact: true });
const responsibilityField = (page: Page) => page.getByRole('textbox', { name: 'Ansvar', exact: true });

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lagre endringene' }).click();
}

async function savedNotice(page: Page): Promise<void> {
  await page.getByText('Endringene er lagret.').waitFor();
}

describe('two editors change one measure at the same time', () => {
  it('keeps A’s «Ansvar» when B, whose form was open, changes only «Tiltak» and uses their changes', async () => {
    const measure = await createMeasure();
    await openEditor(editorB, measure.id);
    await openEditor(editorA, measure.id);

    await responsibilityField(editorA).fill('Kommunene i samarbeid med regionrådet');
    await save(editorA);
    await savedNotice(editorA);

    await textField(editorB).fill('Tiltaket slik B skrev det');
    await save(editorB);

    const box = editorB.locator('.conflict');
    await box.getByRole('heading', { name: 'Noen andre har endret tiltaket mens du redigerte' }).waitFor();
    const boxText = await box.innerText();
    // «Ansvar» is A's change, taken into B's form; B changed nothing there, so nothing is B's to decide.
    expect(boxText).toContain('Den andre endret felt du ikke har endret');
    expect(boxText).toContain('Kommunene i samarbeid med regionrådet');
    expect(boxText).not.toContain('Ditt:');
    expect(boxText).not.toContain('begge endret');
    expect(await responsibilityField(editorB).inputValue()).toBe('Kommunene i samarbeid med regionrådet');
    expect(await textField(editorB).inputValue()).toBe('Tiltaket slik B skrev det');
    await expectNoAxeViolations(editorB);
    await screenshot(editorB, '15-conflict-other-field');

    await box.getByRole('button', { name: 'Bruk mine endringer' }).click();
    await savedNotice(editorB);

    const stored = await storedMeasure(measure.id);
    expect(stored.responsibilityText).toBe('Kommunene i samarbeid med regionrådet');
    expect(stored.text).toBe('Tiltaket slik B skrev det');
    expect(stored.version).toBe(measure.version + 2);
  });

  it('shows a field both changed with both values, and saves B’s on «Bruk mine endringer»', async () => {
    if (measureId === undefined) await createMeasure();
    const id = measureId!;
    await openEditor(editorB, id);
    await openEditor(editorA, id);

    await textField(editorA).fill('Tiltaket slik A skrev det');
    await save(editorA);
    await savedNotice(editorA);

    await textField(editorB).fill('Tiltaket slik B skrev det på nytt');
    await save(editorB);

    const box = editorB.locator('.conflict');
    await box.getByRole('heading', { name: 'Noen andre har endret tiltaket mens du redigerte' }).waitFor();
    const boxText = await box.innerText();
    expect(boxText).toContain('Dere har begge endret dette feltet');
    expect(boxText).toContain('Lagret nå: Tiltaket slik A skrev det');
    expect(boxText).toContain('Ditt: Tiltaket slik B skrev det på nytt');
    expect(boxText).not.toContain('Den andre endret felt du ikke har endret');
    await expectNoAxeViolations(editorB);
    await screenshot(editorB, '16-conflict-same-field');

    await box.getByRole('button', { name: 'Bruk mine endringer' }).click();
    await savedNotice(editorB);
    expect((await storedMeasure(id)).text).toBe('Tiltaket slik B skrev det på nytt');
  });
});
