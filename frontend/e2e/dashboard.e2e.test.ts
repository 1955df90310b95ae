import type { Browser } from 'playwright-core';
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

/** The seeded action plan (22 measures) and the dashboard the API gives for it. */
async function seededDashboard(): Promise<{ actionPlanId: number; total: number; completed: number }> {
  const plans = (await (await fetch(`${baseUrl()}/api/v1/action-plans`)).json()) as {
    items: { id: number; code: string }[];
  };
  const actionPlanId = plans.items.find((plan) => plan.code === '2021-22')!.id;
  const dashboard = (await (await fetch(`${baseUrl()}/api/v1/dashboard?actionPlan=${actionPlanId}`)).json()) as {
    plan: { total: number; byStatus: { status: string; count: number }[] };
  };
  const completed = dashboard.plan.byStatus.find((row) => row.status === 'COMPLETED')!.count;
  return { actionPlanId, total: dashboard.plan.total, completed };
}

describe('the dashboard', () => {
  it('is in the main navigation and shows the counts as tables of linked numbers, accessibly', async () => {
    const { actionPlanId, total, completed } = await seededDashboard();
    expect(total).toBe(22);
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Dashbord' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashbord' }).waitFor();
    expect(await page.title()).toBe('Dashbord – Planstatus');

    const byStatus = page.getByRole('table', { name: 'Tiltak etter status' });
    const total22 = byStatus.getByRole('link', { name: `${total} tiltak i alt` });
    expect(await total22.isVisible()).toBe(true);
    const completedLink = byStatus.getByRole('link', { name: `${completed} tiltak fullført` });
    expect(await completedLink.getAttribute('href')).toBe(`/?plan=${actionPlanId}&status=COMPLETED`);
    expect(await page.getByRole('table', { name: 'Tiltak etter mål' }).isVisible()).toBe(true);
    expect(
      await page.getByRole('table', { name: 'Tiltak etter ansvarlig (den som leder tiltaket)' }).isVisible(),
    ).toBe(true);

    await screenshot(page, 'dashboard');
    await expectNoAxeViolations(page);
  });

  it('fits a 320 px wide window without the page scrolling sideways', async () => {
    const page = await newPage(browser, 320);
    await page.goto(`${baseUrl()}/dashbord`);
    await page.getByRole('heading', { level: 1, name: 'Dashbord' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

describe('the dashboard embed', () => {
  it('shows its tables and numbers without JavaScript', async () => {
    const { actionPlanId, total, completed } = await seededDashboard();
    const context = await browser.newContext({
      viewport: { width: 800, height: 900 },
      locale: 'nb-NO',
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/embed/dashboard?actionPlan=${actionPlanId}`);

    const byStatus = page.getByRole('table', { name: 'Tiltak etter status' });
    await byStatus.waitFor();
    const completedRow = byStatus.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Fullført' }) });
    const link = completedRow.getByRole('link', { name: String(completed), exact: true });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`/\\?plan=${actionPlanId}&status=COMPLETED$`));
    const totalRow = byStatus.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Alle tiltak' }) });
    expect(await totalRow.getByRole('link', { name: String(total), exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('table', { name: 'Tiltak etter mål' }).isVisible()).toBe(true);
    // Its one script only reports its height to a framing page (embeds.md); nothing here needs it.
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('script').getAttribute('src')).toBe(`${baseUrl()}/embed/frame.js`);

    await screenshot(page, 'dashboard-embed');
    await context.close();

    // axe runs as a script, so it checks the same page in a context that allows one.
    const checked = await newPage(browser, 800);
    await checked.goto(`${baseUrl()}/embed/dashboard?actionPlan=${actionPlanId}`);
    await expectNoAxeViolations(checked);
  });
});
