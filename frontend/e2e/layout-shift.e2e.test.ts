import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { baseUrl, launch } from './browser';

/**
 * Issue 12: the public pages hold still while they load (CLS ≤ 0.05 on desktop and on a phone), and an anonymous
 * visitor's browser reports no error: no console error, no failed request (no 401 for the session, no 404 for the
 * favicon).
 */
const CLS_BUDGET = 0.05;

const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'mobile', width: 375, height: 667 },
] as const;

let browser: Browser;
let closeBrowser: () => Promise<void>;
let pages: { name: string; path: string }[];

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launch());
  const measures = (await (await fetch(`${baseUrl()}/api/v1/measures`)).json()) as {
    items: { id: number; goal: { id: number } }[];
  };
  const parties = (await (await fetch(`${baseUrl()}/api/v1/parties`)).json()) as { items: { id: number }[] };
  const measure = measures.items[0];
  const party = parties.items[0];
  if (!measure || !party) throw new Error('The adopted plan should hold measures and parties');
  pages = [
    { name: 'overview', path: '/' },
    { name: 'goal', path: `/mal/${measure.goal.id}` },
    { name: 'measure', path: `/tiltak/${measure.id}` },
    { name: 'parties', path: '/ansvarlige' },
    { name: 'party', path: `/ansvarlige/${party.id}` },
    { name: 'dashboard', path: '/dashbord' },
  ];
});

afterAll(async () => {
  await closeBrowser?.();
});

type Shift = { value: number; startTime: number; sources: string[] };

/**
 * Runs before the page's own scripts: collects every layout shift the page makes (buffered, so none before the
 * observer is missed), leaving out those right after user input, as CLS does.
 */
function observeLayoutShifts() {
  const shifts: Shift[] = [];
  (window as unknown as { __shifts: Shift[] }).__shifts = shifts;
  const describe = (node: Node | null) => {
    if (!(node instanceof Element)) return node?.nodeName ?? '?';
    const id = node.id ? `#${node.id}` : '';
    const classes = typeof node.className === 'string' && node.className ? `.${node.className.split(' ').join('.')}` : '';
    return `${node.tagName.toLowerCase()}${id}${classes}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as {
      value: number;
      startTime: number;
      hadRecentInput: boolean;
      sources?: { node: Node | null }[];
    }[]) {
      if (entry.hadRecentInput) continue;
      shifts.push({
        value: entry.value,
        startTime: entry.startTime,
        sources: (entry.sources ?? []).map((source) => describe(source.node)),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** CLS as browsers define it: the largest session window (shifts < 1 s apart, at most 5 s long). */
function cumulativeLayoutShift(shifts: readonly Shift[]): number {
  let largest = 0;
  let current = 0;
  let windowStart = 0;
  let previous = -Infinity;
  for (const shift of shifts) {
    if (shift.startTime - previous > 1000 || shift.startTime - windowStart > 5000) {
      current = 0;
      windowStart = shift.startTime;
    }
    current += shift.value;
    previous = shift.startTime;
    largest = Math.max(largest, current);
  }
  return largest;
}

async function loadFresh(path: string, viewport: (typeof viewports)[number]) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    locale: 'nb-NO',
    isMobile: viewport.name === 'mobile',
    hasTouch: viewport.name === 'mobile',
  });
  const page: Page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  await page.addInitScript(observeLayoutShifts);
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
  // The page has shown its content: its h1, no «Laster …» left, the web fonts in.
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.locator('.loading').first().waitFor({ state: 'detached' });
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Two frames: a shift of the last layout is reported after the frame that made it.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
  // favicon.ico is asked for by the browser itself, outside the page: ask for it as a browser would.
  const favicon = await page.request.get(`${baseUrl()}/favicon.ico`);
  if (favicon.status() !== 200) problems.push(`${favicon.status()} GET /favicon.ico`);
  await context.close();
  return { cls: cumulativeLayoutShift(shifts), shifts, problems };
}

describe('the public pages hold still while they load', () => {
  for (const viewport of viewports) {
    it(`shifts at most ${CLS_BUDGET} on ${viewport.name} (${viewport.width}×${viewport.height}), without an error`, async () => {
      const results: { page: string; cls: number; shifts: Shift[]; problems: string[] }[] = [];
      for (const { name, path } of pages) {
        const { cls, shifts, problems } = await loadFresh(path, viewport);
        results.push({ page: `${name} (${path})`, cls, shifts, problems });
      }
      for (const { page, cls, shifts } of results) {
        const detail = shifts
          .filter((shift) => shift.value > 0.001)
          .map((shift) => `${shift.value.toFixed(3)}@${Math.round(shift.startTime)}ms ${shift.sources.join(' ')}`);
        console.log(`CLS ${viewport.name} ${page}: ${cls.toFixed(3)}${detail.length ? ` — ${detail.join('; ')}` : ''}`);
      }
      expect(results.flatMap(({ page, problems }) => problems.map((problem) => `${page}: ${problem}`))).toEqual([]);
      for (const { page, cls } of results) {
        expect(cls, `CLS of ${page} on ${viewport.name}`).toBeLessThanOrEqual(CLS_BUDGET);
      }
    });
  }
});
