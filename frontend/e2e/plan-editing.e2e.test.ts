import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { baseUrl, expectNoAxeViolations, launch, screenshot } from './browser';
import { adminPage, measureByReference } from './session';

/*
 * Editing the plan around the measures: goals, responsible bodies, the strategic plan and action plans, and who
 * is responsible for a measure. What these tests add they remove again, so the other browser tests still see the
 * adopted plan as it was.
 */
let browser: Browser;
let closeBrowser: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launch());
  page = await adminPage(browser);
});

afterAll(async () => {
  await closeBrowser?.();
});

const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

type Plan = { id: number; actionPlans: { id: number }[] };

async function currentPlan(): Promise<Plan> {
  const { items } = (await (await fetch(`${baseUrl()}/api/v1/strategic-plans`)).json()) as { items: { id: number }[] };
  const latest = items[0];
  if (!latest) throw new Error('No strategic plan');
  return (await (await fetch(`${baseUrl()}/api/v1/strategic-plans/${latest.id}`)).json()) as Plan;
}

describe('editing the plan', () => {
  it('offers an accessible form for every part of the plan', async () => {
    const plan = await currentPlan();
    const measure = await measureByReference('2021-22/8.1');
    const parties = (await (await fetch(`${baseUrl()}/api/v1/parties`)).json()) as { items: { id: number }[] };
    const pages: [string, RegExp | string, string][] = [
      [`/strategisk-plan/${plan.id}/rediger`, 'Rediger strategisk plan', '40-strategic-plan-edit'],
      [`/handlingsplaner/${plan.actionPlans[0]?.id}/rediger`, /^Rediger handlingsplan/, '41-action-plan-edit'],
      ['/handlingsplaner/ny', 'Ny handlingsplan', '42-action-plan-new'],
      ['/mal/nytt', 'Nytt mål', '43-goal-new'],
      [`/mal/${measure.goal.id}/rediger`, /^Rediger mål/, '44-goal-edit'],
      ['/ansvarlige/ny', 'Ny ansvarlig', '45-party-new'],
      [`/ansvarlige/${parties.items[0]?.id}/rediger`, /^Rediger /, '46-party-edit'],
    ];
    for (const [path, heading, name] of pages) {
      await page.goto(`${baseUrl()}${path}`);
      await h1(heading).waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, name);
    }
  });

  it('creates a responsible body, gives it a role in a measure, and removes both again', async () => {
    const slug = `prove-${randomBytes(3).toString('hex')}`;
    await page.goto(`${baseUrl()}/ansvarlige`);
    await page.getByRole('link', { name: 'Ny ansvarlig' }).click();
    await h1('Ny ansvarlig').waitFor();
    await page.getByRole('textbox', { name: 'Navn' }).fill('Prøvekommunen');
    await page.getByRole('textbox', { name: 'Nøkkel' }).fill(slug);
    await page.getByLabel('Type').selectOption({ label: 'Medlemskommune' });
    await page.getByRole('button', { name: 'Opprett ansvarlig' }).click();
    await page.getByText('Prøvekommunen er opprettet.').waitFor();
    const partyPath = new URL(page.url()).pathname;

    const measure = await measureByReference('2021-22/8.1');
    await page.goto(`${baseUrl()}/tiltak/${measure.id}/rediger`);
    await h1(/^Rediger tiltak/).waitFor();
    const add = page.getByRole('form', { name: 'Legg til ansvarlig' });
    await add.getByLabel('Ansvarlig').selectOption({ label: 'Prøvekommunen' });
    await add.getByLabel('Rolle').selectOption({ label: 'Samarbeidspartner' });
    await add.getByRole('button', { name: 'Legg til' }).click();
    const row = page.getByRole('form', { name: 'Ansvaret til Prøvekommunen' });
    await row.waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, '47-measure-edit-responsibilities');

    await page.goto(`${baseUrl()}${partyPath}`);
    await h1('Prøvekommunen').waitFor();
    expect(await page.getByRole('main').innerText()).toContain(measure.text);

    await page.goto(`${baseUrl()}/tiltak/${measure.id}/rediger`);
    await row.getByRole('button', { name: 'Fjern Prøvekommunen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Fjern' }).click();
    await row.waitFor({ state: 'detached' });

    await page.goto(`${baseUrl()}${partyPath}/rediger`);
    await page.getByRole('button', { name: 'Slett Prøvekommunen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slett den ansvarlige' }).click();
    await page.getByText('Prøvekommunen er slettet.').waitFor();
    expect(await page.getByRole('main').innerText()).not.toContain('Prøvekommunen\n');
  });

  it('says why a goal or an action plan with measures cannot be deleted, and offers no «Slett» for it', async () => {
    const measure = await measureByReference('2021-22/8.1');
    await page.goto(`${baseUrl()}/mal/${measure.goal.id}/rediger`);
    await h1(/^Rediger mål/).waitFor();
    const goalSection = page.getByRole('region', { name: 'Slett målet' });
    await goalSection.getByText(/^Målet har \d+ tiltak og kan ikke slettes/).waitFor();
    expect(await goalSection.getByRole('button').count()).toBe(0);
    await expectNoAxeViolations(page);

    const { actionPlan } = (await (await fetch(`${baseUrl()}/api/v1/measures/${measure.id}`)).json()) as {
      actionPlan: { id: number };
    };
    await page.goto(`${baseUrl()}/handlingsplaner/${actionPlan.id}/rediger`);
    await h1(/^Rediger handlingsplan/).waitFor();
    const planSection = page.getByRole('region', { name: 'Slett handlingsplanen' });
    await planSection.getByText(/^Handlingsplanen har \d+ tiltak og kan derfor ikke slettes/).waitFor();
    expect(await planSection.getByRole('button').count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});
