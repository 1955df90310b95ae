import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { goalWithInterestPolicy } from '../../../testing/fixtures';
import { createTestQueryClient, renderPage } from '../../../testing/render';
import { goalQueryOptions } from '../api/get-goal';
import { GoalPage } from './goal-page';

function renderGoal(goal = goalWithInterestPolicy, canEdit = false) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(goalQueryOptions(goal.id).queryKey, goal);
  return renderPage(<GoalPage goalId={goal.id} canEdit={canEdit} />, { queryClient });
}

describe('goal page', () => {
  it('shows section, number and the goal text as written', () => {
    renderGoal();

    expect(
      screen.getByRole('heading', { level: 1, name: `Mål 4: ${goalWithInterestPolicy.text}` }),
    ).toBeVisible();
    expect(screen.getByText('Arbeidsmåter og øvrig samarbeid:')).toBeVisible();
    expect(document.title).toBe('Mål 4 – Planstatus');
  });

  it('lists the interest-policy matters under their heading', () => {
    renderGoal();

    expect(screen.getByRole('heading', { level: 2, name: 'Sentrale interessepolitiske saker er:' })).toBeVisible();
    const matters = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(matters).toEqual(expect.arrayContaining(['Helsetjenester', 'Andre aktuelle politiske spørsmål']));
  });

  it('lists the measures under the goal with responsibility and status', () => {
    renderGoal();

    const list = screen.getByRole('list', { name: 'Tiltak under mål 4' });
    expect(within(list).getByRole('link', { name: 'gi innspill i interessepolitiske saker' })).toHaveAttribute(
      'href',
      '/tiltak/9',
    );
    expect(within(list).getByRole('link', { name: 'Arbeidsutvalget' })).toHaveAttribute('href', '/ansvarlige/1');
    expect(within(list).getByText('Ikke rapportert')).toBeVisible();
  });

  it('offers editors to edit the goal and add a measure under it, and nobody else', () => {
    renderGoal(goalWithInterestPolicy, true);
    expect(screen.getByRole('link', { name: 'Rediger mål' })).toHaveAttribute('href', '/mal/4/rediger');
    expect(screen.getByRole('link', { name: 'Nytt tiltak under dette målet' })).toHaveAttribute(
      'href',
      '/tiltak/nytt?mal=4',
    );
  });

  it('shows visitors no editing', () => {
    renderGoal();
    expect(screen.queryByRole('link', { name: 'Rediger mål' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nytt tiltak under dette målet' })).not.toBeInTheDocument();
  });

  it('leaves out the interest-policy section when the goal has none', () => {
    renderGoal({ ...goalWithInterestPolicy, interestPolicy: null });

    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Tiltak i handlingsplanen',
    ]);
  });
});
