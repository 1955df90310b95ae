import { describe, expect, it } from 'vitest';

import type { SignedIn } from '../../lib/api/types';
import { navigationFor } from './root';

const user = (role: SignedIn['role']): SignedIn => ({ username: 'kari', displayName: 'Kari', role, party: null });

describe('the signed-in navigation', () => {
  it('gives reporters «Mine tiltak», editors the rounds, the review and the import, admins also the admin pages', () => {
    expect(navigationFor(null).map((item) => item.label)).toEqual([]);
    expect(navigationFor(user('REPORTER')).map((item) => item.label)).toEqual(['Mine tiltak', 'Mine rapporter']);
    expect(navigationFor(user('EDITOR')).map((item) => item.label)).toEqual([
      'Rapporteringsrunder',
      'Til godkjenning',
      'Import og eksport',
      'Mine rapporter',
    ]);
    expect(navigationFor(user('ADMIN')).map((item) => item.label)).toEqual([
      'Rapporteringsrunder',
      'Til godkjenning',
      'Import og eksport',
      'Mine rapporter',
      'Brukere',
      'API-tokens',
      'Webhooks',
      'Endringer',
    ]);
  });
});
