import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { Measure } from '../../../lib/api/types';
import { fakeApi, json, problem, sentRequests } from '../../../testing/fake-api';
import { parties, strategicPlan, youthMeasure } from '../../../testing/fixtures';
import { createTestQueryClient, renderPage } from '../../../testing/render';
import { measureQueryOptions } from '../api/get-measure';
import { EditMeasurePage } from './edit-measure-page';

const goals = strategicPlan.sections.flatMap((section) => section.goals);
const route = 'PUT /api/v1/measures/14';

function renderEdit(measure: Measure = youthMeasure) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(measureQueryOptions(measure.id).queryKey, measure);
  const user = userEvent.setup();
  const result = renderPage(<EditMeasurePage measureId={measure.id} goals={goals} parties={Object.values(parties)} />, {
    path: '/tiltak/:measureId/rediger',
    url: `/tiltak/${measure.id}/rediger`,
    queryClient,
  });
  return { ...result, user };
}

async function replaceText(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  if (text) await user.type(field, text);
}

/** Someone else's save: a newer version with other text. */
const theirVersion: Measure = { ...youthMeasure, version: 4, text: 'gjennomføre prosjektet, med ny tittel' };

describe('editing a measure', () => {
  it('starts from the measure as it is and sends the change with If-Match for that version', async () => {
    fakeApi({ [route]: () => json(200, { ...youthMeasure, version: 4, text: 'endret' }) });
    const { user, router } = renderEdit();

    expect(screen.getByRole('heading', { level: 1, name: 'Rediger tiltak 2021-22/5.1' })).toBeVisible();
    const text = screen.getByRole('textbox', { name: 'Tiltak' });
    expect(text).toHaveValue(youthMeasure.text);
    expect(screen.getByRole('combobox', { name: 'Mål' })).toHaveValue('5');
    expect(screen.getByRole('textbox', { name: 'Plassering under målet' })).toHaveValue('1');

    await replaceText(user, text, 'endret');
    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/tiltak/14'));
    const [request] = sentRequests(route);
    expect(request?.headers.get('If-Match')).toBe('"3"');
    expect(await request?.json()).toEqual({
      goalId: 5,
      text: 'endret',
      responsibilityText: youthMeasure.responsibilityText,
      position: 1,
    });
  });

  it('shows the server’s violations on their fields and in an error summary that links to them', async () => {
    fakeApi({
      [route]: () =>
        problem(400, {
          detail: 'Forespørselen er ugyldig.',
          violations: [
            { field: 'text', message: 'må fylles ut' },
            { field: 'position', message: 'må være minst 1' },
          ],
        }),
    });
    const { user } = renderEdit();
    const text = screen.getByRole('textbox', { name: 'Tiltak' });
    const position = screen.getByRole('textbox', { name: 'Plassering under målet' });
    await user.clear(text);
    await replaceText(user, position, '0');

    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));

    const summary = await screen.findByRole('group', { name: 'Vi kunne ikke lagre tiltaket' });
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Tiltak: må fylles ut',
      'Plassering under målet: må være minst 1',
    ]);
    expect(links[0]).toHaveAttribute('href', `#${text.id}`);
    await waitFor(() => expect(text).toHaveAccessibleDescription(expect.stringContaining('Tiltak: må fylles ut')));
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(position).toHaveAccessibleDescription(expect.stringContaining('må være minst 1'));

    await user.click(links[1]!);
    expect(position).toHaveFocus();
  });

  it('does not send a position that is not a whole number', async () => {
    const { user } = renderEdit();
    await replaceText(user, screen.getByRole('textbox', { name: 'Plassering under målet' }), 'først');

    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));

    expect(await screen.findByRole('link', { name: /Plassering under målet: må være et helt tall/ })).toBeVisible();
    expect(sentRequests(route)).toHaveLength(0);
  });

  it('keeps what the user typed when someone else saved first, and saves it over theirs on request', async () => {
    let attempt = 0;
    fakeApi({
      [route]: () =>
        ++attempt === 1
          ? problem(412, { detail: 'Ressursen er endret siden du hentet den.' })
          : json(200, { ...theirVersion, version: 5, text: 'min tekst' }),
      'GET /api/v1/measures/14': () => json(200, theirVersion),
    });
    const { user, router } = renderEdit();
    const text = screen.getByRole('textbox', { name: 'Tiltak' });
    await replaceText(user, text, 'min tekst');

    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));

    const heading = await screen.findByRole('heading', { name: 'Noen andre har endret tiltaket mens du redigerte' });
    await waitFor(() => expect(heading).toHaveFocus());
    const alert = heading.closest('.conflict') as HTMLElement;
    expect(within(alert).getByText('Dere har begge endret dette feltet', { exact: false })).toBeVisible();
    const both = within(alert).getByText('Tiltak').parentElement as HTMLElement;
    expect(both).toHaveTextContent(`Lagret nå: ${theirVersion.text}`);
    expect(both).toHaveTextContent('Ditt: min tekst');
    expect(text).toHaveValue('min tekst');

    await user.click(within(alert).getByRole('button', { name: 'Bruk mine endringer' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/tiltak/14'));
    const [first, second] = sentRequests(route);
    expect(first?.headers.get('If-Match')).toBe('"3"');
    expect(second?.headers.get('If-Match')).toBe('"4"');
    expect(await second?.json()).toMatchObject({ text: 'min tekst' });
  });

  it('keeps the change someone else made to a field the user left alone when saving the user’s change', async () => {
    const theirs: Measure = { ...youthMeasure, version: 4, responsibilityText: 'Kommunene, med regionrådet' };
    let attempt = 0;
    fakeApi({
      [route]: () =>
        ++attempt === 1
          ? problem(412, { detail: 'Ressursen er endret siden du hentet den.' })
          : json(200, { ...theirs, version: 5, text: 'min tekst' }),
      'GET /api/v1/measures/14': () => json(200, theirs),
    });
    const { user, router } = renderEdit();
    await replaceText(user, screen.getByRole('textbox', { name: 'Tiltak' }), 'min tekst');

    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));

    const heading = await screen.findByRole('heading', { name: 'Noen andre har endret tiltaket mens du redigerte' });
    const alert = heading.closest('.conflict') as HTMLElement;
    expect(alert).not.toHaveTextContent('Ditt:');
    expect(alert).not.toHaveTextContent('begge endret');
    expect(alert).toHaveTextContent('Den andre endret felt du ikke har endret');
    expect(within(alert).getByText('Ansvar').parentElement).toHaveTextContent(theirs.responsibilityText);
    expect(within(alert).queryByText('Tiltak')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Ansvar' })).toHaveValue(theirs.responsibilityText);
    expect(screen.getByRole('textbox', { name: 'Tiltak' })).toHaveValue('min tekst');

    await user.click(within(alert).getByRole('button', { name: 'Bruk mine endringer' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/tiltak/14'));
    const [, second] = sentRequests(route);
    expect(second?.headers.get('If-Match')).toBe('"4"');
    expect(await second?.json()).toEqual({
      goalId: 5,
      text: 'min tekst',
      responsibilityText: theirs.responsibilityText,
      position: 1,
    });
  });

  it('takes the newer version instead on «Forkast mine endringer» and edits on from it', async () => {
    fakeApi({
      [route]: () => problem(412, { detail: 'Ressursen er endret siden du hentet den.' }),
      'GET /api/v1/measures/14': () => json(200, theirVersion),
    });
    const { user } = renderEdit();
    const text = screen.getByRole('textbox', { name: 'Tiltak' });
    await replaceText(user, text, 'min tekst');
    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));

    await user.click(await screen.findByRole('button', { name: 'Forkast mine endringer' }));

    expect(text).toHaveValue(theirVersion.text);
    expect(screen.getByRole('combobox', { name: 'Mål' })).toHaveFocus();
    expect(screen.queryByRole('heading', { name: /Noen andre har endret/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));
    await waitFor(() => expect(sentRequests(route)).toHaveLength(2));
    expect(sentRequests(route)[1]?.headers.get('If-Match')).toBe('"4"');
  });

  it('says a measure with reports cannot be deleted, and offers no «Slett» that would end in a refusal', () => {
    renderEdit();

    const section = screen.getByRole('region', { name: 'Slett tiltaket' });
    expect(section).toHaveTextContent('Tiltaket har statusrapporter og kan derfor ikke slettes');
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers to delete a measure without reports, after confirming', async () => {
    const unreported: Measure = {
      ...youthMeasure,
      currentStatus: { status: 'NOT_STARTED', assessment: 'ON_TRACK', reportId: null },
    };
    const { user } = renderEdit(unreported);

    const section = screen.getByRole('region', { name: 'Slett tiltaket' });
    expect(section).not.toHaveTextContent('Tiltaket har statusrapporter');
    await user.click(within(section).getByRole('button', { name: 'Slett tiltak' }));

    expect(await screen.findByRole('dialog', { name: 'Slette tiltak 2021-22/5.1?' })).toBeVisible();
  });
});
