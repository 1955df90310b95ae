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

/** The CSRF token of the page's session, for writes through the API with its cookie. */
export async function csrfTokenOf(page: Page): Promise<string> {
  const me = await page.request.get(`${baseUrl()}/api/v1/auth/me`);
  return ((await me.json()) as { csrfToken: string }).csrfToken;
}

/** A write through the API as the page's signed-in user; fails the test unless the answer is `expected`. */
export async function apiWrite<T>(
  page: Page,
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body: unknown,
  expected: number,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await page.request.fetch(`${baseUrl()}${path}`, {
    method,
    headers: { 'X-CSRF-Token': await csrfTokenOf(page), ...headers },
    ...(body === undefined ? {} : { data: body }),
  });
  if (response.status() !== expected) {
    throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  }
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

/** A new account made by the admin, signed in in a fresh browser context of its own. */
export async function newAccountPage(
  browser: Browser,
  admin: Page,
  account: { username: string; displayName: string; role: 'EDITOR' | 'ADMIN' },
): Promise<Page> {
  const password = `${account.username}-passord-${Math.random().toString(36).slice(2)}`;
  await apiWrite(admin, 'POST', '/api/v1/accounts', { ...account, password }, 201);
  const page = await newPage(browser);
  await signIn(page, account.username, password);
  return page;
}
