import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { administrasjonen, parties, partySummaries, youthMeasure } from '../../../testing/fixtures';
import { createTestQueryClient, renderPage } from '../../../testing/render';
import { partiesQueryOptions } from '../api/get-parties';
import { partyQueryOptions } from '../api/get-party';
import { PartiesPage } from './parties-page';
import { PartyPage } from './party-page';

describe('parties page', () => {
  it('lists every responsible body with its kind and counts', () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(partiesQueryOptions().queryKey, partySummaries);
    renderPage(<PartiesPage />, { queryClient });

    expect(screen.getByRole('heading', { level: 1, name: 'Ansvarlige' })).toBeVisible();
    const link = screen.getByRole('link', { name: 'Ungt Entreprenørskap Innlandet' });
    expect(link).toHaveAttribute('href', '/ansvarlige/4');
    const item = link.closest('li');
    expect(item).not.toBeNull();
    expect(within(item!).getByText('Ekstern organisasjon')).toBeVisible();
    expect(within(item!).getByText('Ansvarlig for').nextElementSibling).toHaveTextContent('0 tiltak');
    expect(within(item!).getByText('Samarbeidspartner i').nextElementSibling).toHaveTextContent('1 tiltak');
    expect(within(screen.getByRole('list', { name: 'Ansvarlige' })).getAllByRole('listitem')).toHaveLength(3);
  });
});

describe('party page', () => {
  it('groups the measures by role and names the other parties involved', () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(partyQueryOptions(administrasjonen.id).queryKey, administrasjonen);
    renderPage(<PartyPage partyId={administrasjonen.id} />, { queryClient });

    expect(screen.getByRole('heading', { level: 1, name: 'Administrasjonen' })).toBeVisible();
    expect(screen.getByText('Internt organ')).toBeVisible();
    expect(document.title).toBe('Administrasjonen – Planstatus');

    const leading = screen.getByRole('list', { name: 'Tiltak der Administrasjonen er ansvarlig' });
    expect(within(leading).getByRole('link', { name: youthMeasure.text })).toHaveAttribute('href', '/tiltak/14');
    expect(within(leading).getByRole('link', { name: parties.ungtEntreprenorskap.name })).toBeVisible();
    expect(within(leading).queryByRole('link', { name: 'Administrasjonen' })).not.toBeInTheDocument();

    expect(screen.getByRole('heading', { level: 2, name: 'Samarbeidspartner i 0 tiltak' })).toBeVisible();
    expect(screen.getByText('Administrasjonen er ikke samarbeidspartner i noen tiltak.')).toBeVisible();
  });
});
