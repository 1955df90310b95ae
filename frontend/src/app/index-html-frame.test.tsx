import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

import { AppLayout } from '../components/layout/app-layout';
import { AccountMenu } from '../features/auth/components/account-menu';
import { renderPage } from '../testing/render';

/** The frame index.html shows before the JavaScript has run (issue 12: something on screen early). */
function indexHtmlFrame(): string {
  const html = readFileSync(resolve(process.cwd(), 'index.html'), 'utf8');
  const root = /<div id="root">(?:<!--[\s\S]*?-->)?([\s\S]*)<\/div>\s*<script/.exec(html);
  if (!root?.[1]) throw new Error('index.html has no frame in #root');
  return root[1].trim();
}

describe('the frame in index.html', () => {
  it('is what the app draws while it finds out who is signed in, so replacing it moves nothing', () => {
    // Who is signed in stays unknown: the account menu is empty, as in index.html.
    vi.stubGlobal('fetch', () => new Promise<Response>(() => {}));
    const { container } = renderPage(
      <AppLayout account={<AccountMenu />}>{null}</AppLayout>,
      // A page outside the menu: no link is current (the server marks the current one in index.html).
      { path: '/tiltak/:measureId', url: '/tiltak/1' },
    );
    const drawn = container.innerHTML.replaceAll(' data-discover="true"', '');
    expect(drawn).toBe(indexHtmlFrame());
  });
});
