import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { baseUrl, expectNoAxeViolations, launch, newPage, screenshot } from './browser';
import { adminPage, apiWrite, measureByReference, newAccountPage } from './session';

/*
 * The council's status report, as the secretariat makes it: an editor publishes it from a round, the report
 * page prints to A4 without the app around it and with rows kept whole, the server's PDF is tagged and holds
 * every measure, and later reports and edits never change what was published.
 *
 * It uses «1. tertial 2022» (round.e2e takes «2. tertial 2022») and measures no other browser test looks at:
 * 3.1 gets the approved report before publishing; 7.1 is reported on and edited after it.
 */
let browser: Browser;
let closeBrowser: () => Promise<void>;
let editor: Page;
let workDir: string;

const run = Math.random().toString(36).slice(2, 8);
const PERIOD_LABEL = '1. tertial 2022';
const PUBLISHED_TEXT = `Arbeidet er godt i gang ${run}.`;
const LATER_TEXT = `Rapport skrevet etter publiseringen ${run}.`;
const EDIT_MARK = ` (endret etter publiseringen ${run})`;

/** Text the app shows around a page, which paper must not show: navigation, sign-in and controls. */
const APP_CHROME = ['Logg inn', 'Logg ut', 'Hopp til hovedinnhold', 'Bygg inn', 'Rapporteringsrunder', 'Til godkjenning', 'Skriv ut', 'Last ned PDF', 'Last ned til Excel', 'Rett opp (ny versjon)'];

type PublishedReport = {
  id: number;
  title: string;
  council: string;
  periodLabel: string;
  goals: { number: number; measures: { reference: string; text: string }[] }[];
};
type StoredMeasure = {
  id: number;
  version: number;
  text: string;
  responsibilityText: string;
  position: number;
  goal: { id: number };
};

let reportId = 0;
let published: PublishedReport;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launch());
  workDir = mkdtempSync(join(tmpdir(), 'planstatus-status-report-'));
});

afterAll(async () => {
  await editor?.context().close();
  await closeBrowser?.();
  rmSync(workDir, { recursive: true, force: true });
});

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${baseUrl()}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

async function storedMeasure(reference: string): Promise<StoredMeasure> {
  return getJson<StoredMeasure>(`/api/v1/measures/${(await measureByReference(reference)).id}`);
}

async function periodId(page: Page, label: string): Promise<number> {
  const response = await page.request.get(`${baseUrl()}/api/v1/rounds/proposal`);
  const { periods } = (await response.json()) as {
    periods: { period: { id: number; label: string; actionPlanCode: string }; hasOpenRound: boolean }[];
  };
  const found = periods.find(({ period }) => period.label === label && period.actionPlanCode === '2021-22');
  if (!found) throw new Error(`No period ${label}`);
  return found.period.id;
}

/** An editor's report is approved at once. */
async function approvedReport(page: Page, reference: string, period: number, text: string): Promise<void> {
  const measure = await measureByReference(reference);
  await apiWrite(
    page,
    'POST',
    `/api/v1/measures/${measure.id}/reports`,
    { periodId: period, reportDate: '2022-04-30', status: 'IN_PROGRESS', assessment: 'ON_TRACK', percentComplete: 30, text },
    201,
  );
}

function pdftotext(file: string, ...args: string[]): string {
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

function pdfPages(file: string): number {
  const pages = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1];
  return Number(pages);
}

/** The words of a text as pdftotext gives them back: a line may break after a hyphen («FOU-» / «miljøer»). */
const words = (text: string) => text.split(/[\s\-\u2010\u2013/]+/).map((word) => word.replace(/^[^\p{L}\p{N}%]+|[^\p{L}\p{N}%]+$/gu, '')).filter(Boolean);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('a published status report', () => {
  it('is published by an editor from the round page and opens at its own address', async () => {
    const admin = await adminPage(browser);
    editor = await newAccountPage(browser, admin, {
      username: `statusredaktor-${run}`,
      displayName: 'Siri Statusredaktør',
      role: 'EDITOR',
    });
    await admin.context().close();

    const period = await periodId(editor, PERIOD_LABEL);
    await approvedReport(editor, '2021-22/3.1', period, PUBLISHED_TEXT);
    const deadline = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const round = await apiWrite<{ id: number }>(
      editor,
      'POST',
      '/api/v1/rounds',
      { periodId: period, deadline, measureIds: [(await measureByReference('2021-22/3.1')).id] },
      201,
    );

    await editor.goto(`${baseUrl()}/rapporteringsrunder/${round.id}`);
    await editor.getByRole('heading', { level: 1, name: /Rapporteringsrunde for/ }).waitFor();
    await editor.getByRole('button', { name: 'Publiser statusrapport' }).click();
    const dialog = editor.getByRole('dialog', { name: `Publisere statusrapporten for ${PERIOD_LABEL}?` });
    await dialog.getByRole('textbox', { name: 'Tittel (valgfritt)' }).waitFor();
    await expectNoAxeViolations(editor);
    await dialog.getByRole('button', { name: 'Publiser', exact: true }).click();

    await editor.waitForURL(/\/statusrapporter\/\d+$/);
    reportId = Number(/\/statusrapporter\/(\d+)$/.exec(editor.url())?.[1]);
    await editor.getByRole('heading', { level: 1, name: `Statusrapport pr. ${PERIOD_LABEL}` }).waitFor();
    published = await getJson<PublishedReport>(`/api/v1/status-reports/${reportId}`);
    expect(published.periodLabel).toBe(PERIOD_LABEL);
    const main = editor.locator('main');
    await expect.poll(() => main.innerText()).toContain(PUBLISHED_TEXT);
    expect(await main.innerText()).toContain(published.council);
    expect(await main.innerText()).toContain('Endringer siden forrige rapport');
    await expectNoAxeViolations(editor);
    await screenshot(editor, '70-status-report');
  });

  it('prints without navigation or controls, every row in the print', async () => {
    // Checked visible on screen first: a locator that matched nothing would also be «not visible» in print.
    const chrome = [
      editor.getByRole('navigation', { name: 'Hovedmeny' }),
      editor.locator('header.app-header'),
      editor.locator('footer.app-footer'),
      editor.getByRole('button', { name: 'Skriv ut' }),
      editor.getByRole('link', { name: 'Last ned PDF' }),
      editor.getByRole('link', { name: 'Last ned til Excel' }),
      editor.getByRole('button', { name: 'Rett opp (ny versjon)' }),
      editor.getByRole('region', { name: 'Alle statusrapporter' }),
    ];
    for (const locator of chrome) expect(await locator.isVisible(), `${locator} on screen`).toBe(true);

    await editor.emulateMedia({ media: 'print' });
    for (const locator of chrome) expect(await locator.isVisible(), `${locator} in print`).toBe(false);
    const rows = editor.locator('main table.status-report__table tbody tr');
    const references = published.goals.flatMap((goal) => goal.measures.map((measure) => measure.reference));
    expect(await rows.count()).toBe(references.length);
    for (const row of await rows.all()) expect(await row.isVisible()).toBe(true);
  });

  it('prints to A4 with the council and period and a page number on every page, rows kept whole', async () => {
    const file = join(workDir, 'page.pdf');
    writeFileSync(file, await editor.pdf({ format: 'A4' }));
    const pageCount = pdfPages(file);
    expect(pageCount, 'the 22 measures need more than one page, or no row could split').toBeGreaterThan(1);

    const text = pdftotext(file);
    const references = published.goals.flatMap((goal) => goal.measures.map((measure) => measure.reference));
    for (const reference of references) expect(text).toContain(reference);
    for (const chrome of APP_CHROME) expect(text, `printed page shows «${chrome}»`).not.toContain(chrome);

    const pages = Array.from({ length: pageCount }, (_, index) =>
      pdftotext(file, '-layout', '-f', String(index + 1), '-l', String(index + 1)),
    );
    pages.forEach((pageText, index) => {
      expect(pageText, `page ${index + 1}`).toContain(`${published.council} · ${published.periodLabel}`);
      expect(pageText, `page ${index + 1}`).toContain(`Side ${index + 1} av ${pageCount}`);
    });

    /*
     * Rows stay whole. The layout of emulated print media is one long page, so bounding boxes there cannot show
     * where Chromium breaks pages (break-inside moves a row that would cross a break); the PDF can. In each
     * page's -layout text a row starts with a line holding its reference and the first word of its measure text
     * (the change lines and the appendix write «reference:», so they never match). A row that split would be
     * the last thing on its page, its tail on the next one: so every cell's last word must appear on the same
     * page, after the line where the row starts. (Checked to fail: with `tr { break-inside: auto }` rows split
     * and their last words are found only on the next page.) The cells are read from the page in print media, as printed.
     */
    const printedRows = await editor.locator('main table.status-report__table tbody tr').evaluateAll((trs) => {
      // Text only screen readers get (a clipped 1 px box) is not drawn into the PDF: leave it out here too.
      const hidden = Array.from(document.querySelectorAll<HTMLElement>('main .visually-hidden'));
      hidden.forEach((element) => (element.style.display = 'none'));
      const cells = trs.map((tr) => Array.from(tr.children, (cell) => (cell as HTMLElement).innerText));
      hidden.forEach((element) => (element.style.display = ''));
      return cells;
    });
    expect(printedRows).toHaveLength(references.length);
    for (const [reference = '', measureText = '', ...otherCells] of printedRows) {
      const start = new RegExp(`^\\s*${escapeRegExp(reference)}\\s+${escapeRegExp(words(measureText)[0] ?? '')}`, 'mu');
      const pageIndex = pages.findIndex((pageText) => start.test(pageText));
      expect(pageIndex, `the row of ${reference} starts on some page`).toBeGreaterThanOrEqual(0);
      const pageText = pages[pageIndex]!;
      // Searched as text, not as words: -layout joins a word that reaches the next column to that column's word
      // («entreprenørskapsarbeidetInnlandet»).
      // A word longer than its column is broken over two lines («samarbeidspartn» / «ere»), so the page is also
      // searched with its white space removed.
      const rest = pageText.slice(pageText.search(start));
      const restJoined = rest.replace(/\s+/gu, '');
      for (const cell of [measureText, ...otherCells]) {
        const last = words(cell).at(-1);
        if (last) {
          expect(
            rest.includes(last) || restJoined.includes(last),
            `the row of ${reference} ends on page ${pageIndex + 1} («${last}»)`,
          ).toBe(true);
        }
      }
    }
    await editor.emulateMedia({ media: 'screen' });
  });

  it('prints without «Logg inn» for a visitor who is not signed in', async () => {
    const visitor = await newPage(browser);
    await visitor.goto(`${baseUrl()}/statusrapporter/${reportId}`);
    await visitor.getByRole('heading', { level: 1, name: published.title }).waitFor();
    expect(await visitor.getByRole('banner').getByRole('link', { name: 'Logg inn' }).isVisible()).toBe(true);
    await expectNoAxeViolations(visitor);
    const file = join(workDir, 'visitor.pdf');
    writeFileSync(file, await visitor.pdf({ format: 'A4' }));
    const text = pdftotext(file);
    for (const chrome of APP_CHROME) expect(text, `printed page shows «${chrome}»`).not.toContain(chrome);
    for (const goal of published.goals) {
      for (const { reference } of goal.measures) expect(text).toContain(reference);
    }
    await visitor.context().close();
  });

  it('downloads as a tagged PDF with a title and every measure', async () => {
    const response = await editor.request.get(`${baseUrl()}/api/v1/status-reports/${reportId}/pdf`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    const file = join(workDir, 'server.pdf');
    writeFileSync(file, await response.body());

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+${escapeRegExp(published.title)}$`, 'm'));
    const text = pdftotext(file);
    for (const goal of published.goals) {
      for (const { reference } of goal.measures) expect(text).toContain(reference);
    }
  });

  it('stays as published after a new report and an edit of a measure', async () => {
    const period = await periodId(editor, PERIOD_LABEL);
    const before = await storedMeasure('2021-22/7.1');
    await approvedReport(editor, '2021-22/7.1', period, LATER_TEXT);
    const edited = await apiWrite<StoredMeasure>(
      editor,
      'PUT',
      `/api/v1/measures/${before.id}`,
      {
        goalId: before.goal.id,
        text: `${before.text}${EDIT_MARK}`,
        responsibilityText: before.responsibilityText,
        position: before.position,
      },
      200,
      { 'If-Match': `"${before.version}"` },
    );
    try {
      // The live plan has both changes ...
      expect((await storedMeasure('2021-22/7.1')).text).toContain(EDIT_MARK);

      // ... the published report, reloaded as a reader would, has neither.
      await editor.reload();
      const row = editor.locator('main table.status-report__table tbody tr', { hasText: '2021-22/7.1' });
      await row.waitFor();
      const rowText = await row.innerText();
      expect(rowText).toContain(before.text);
      expect(rowText).not.toContain(EDIT_MARK);
      expect(rowText).not.toContain(LATER_TEXT);
      const main = await editor.locator('main').innerText();
      expect(main).not.toContain(LATER_TEXT);
      expect(main).toContain(PUBLISHED_TEXT);
      expect(await getJson<PublishedReport>(`/api/v1/status-reports/${reportId}`)).toEqual(published);
    } finally {
      // Other browser tests read the seeded plan's texts.
      await apiWrite(
        editor,
        'PUT',
        `/api/v1/measures/${before.id}`,
        { goalId: before.goal.id, text: before.text, responsibilityText: before.responsibilityText, position: before.position },
        200,
        { 'If-Match': `"${edited.version}"` },
      );
    }
  });
});
