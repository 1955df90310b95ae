import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';

import { baseUrl, newPage } from './browser';

export const adminPassword = () => inject('adminPassword');

/** Signs in through the «Logg inn» page and waits until the header says who is signed in. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/logg-inn`);
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Logg ut' }).waitFor();
}

/** A fresh browser context (its own cookies) signed in as the first admin. */
export async function adminPage(browser: Browser): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, 'admin', adminPassword());
  return page;
}

type MeasureRow = { id: number; reference: string; text: string; version: number; goal: { id: number } };

/** A measure of the seeded plan by its stable reference, read from the public API. */
export async function measureByReference(reference: string): Promise<MeasureRow> {
  const response = await fetch(`${baseUrl()}/api/v1/measures?reference=${encodeURIComponent(reference)}`);
  const { items } = (await response.json()) as { items: MeasureRow[] };
  const measure = items[0];
  if (!measure) throw new Error(`No measure ${reference}`);
  return measure;
}
