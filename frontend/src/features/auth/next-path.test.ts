import { describe, expect, it } from 'vitest';

import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it.each(['/tiltak/14', '/admin/tokens', '/?status=IN_PROGRESS'])('follows %s inside the app', (path) => {
    expect(safeNextPath(path)).toBe(path);
  });

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'tiltak/14',
    '/logg-inn',
    '/logg-inn?neste=/',
  ])(
    'goes to the front page instead of %j',
    (raw) => {
      expect(safeNextPath(raw)).toBe('/');
    },
  );
});
