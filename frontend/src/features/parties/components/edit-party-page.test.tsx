import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { fakeApi, json, sentRequests } from '../../../testing/fake-api';
import { administrasjonen } from '../../../testing/fixtures';
import { createTestQueryClient, renderPage } from '../../../testing/render';
import { partyQueryOptions } from '../api/get-party';
import { partyContactQueryOptions } from '../api/get-party-contact';
import { EditPartyPage } from './edit-party-page';

describe('editing a party', () => {
  it('shows the contact address only editors read, and sends it with the name and kind', async () => {
    fakeApi({
      'PUT /api/v1/parties/2': () => json(200, { ...administrasjonen, version: administrasjonen.version + 1 }),
      'GET /api/v1/parties/2': () => json(200, administrasjonen),
      'GET /api/v1/parties/2/contact': () => json(200, { id: 2, version: 2, email: 'post@fjellregionen.no' }),
    });
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(partyQueryOptions(administrasjonen.id).queryKey, administrasjonen);
    queryClient.setQueryData(partyContactQueryOptions(administrasjonen.id).queryKey, {
      id: administrasjonen.id,
      version: administrasjonen.version,
      email: 'gammel@fjellregionen.no',
    });
    const user = userEvent.setup();
    renderPage(<EditPartyPage partyId={administrasjonen.id} />, { queryClient });

    const email = screen.getByRole('textbox', { name: 'E-post (valgfritt)' });
    expect(email).toHaveValue('gammel@fjellregionen.no');
    expect(email).toHaveAccessibleDescription(expect.stringContaining('Vises ikke offentlig'));
    await user.clear(email);
    await user.type(email, 'post@fjellregionen.no ');
    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));

    await waitFor(() => expect(sentRequests('PUT /api/v1/parties/2')).toHaveLength(1));
    expect(await sentRequests('PUT /api/v1/parties/2')[0]?.json()).toEqual({
      name: administrasjonen.name,
      kind: administrasjonen.kind,
      email: 'post@fjellregionen.no',
    });
  });
});
