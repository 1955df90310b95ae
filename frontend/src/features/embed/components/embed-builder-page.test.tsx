import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { measures, partySummaries, strategicPlan, youthMeasure } from '../../../testing/fixtures';
import { renderPage } from '../../../testing/render';
import { EmbedBuilderPage } from './embed-builder-page';

const goals = strategicPlan.sections.flatMap((section) => section.goals);
const origin = 'https://planstatus.example';

function snippet(label: string): string {
  const field = screen.getByLabelText(label);
  return field instanceof HTMLTextAreaElement ? field.value : '';
}

function renderBuilder() {
  renderPage(<EmbedBuilderPage goals={goals} measures={measures} parties={partySummaries} origin={origin} />);
}

describe('«Bygg inn» page', () => {
  it('previews and offers the whole plan by default', () => {
    renderBuilder();

    expect(screen.getByRole('heading', { level: 1, name: 'Bygg inn' })).toBeVisible();
    expect(screen.getByTitle('Forhåndsvisning: Status for handlingsplanen')).toHaveAttribute(
      'src',
      `${origin}/embed/plan`,
    );
    expect(screen.getByLabelText('Iframe-koden')).toHaveValue(
      `<iframe src="${origin}/embed/plan" title="Status for handlingsplanen" width="100%" height="480" ` +
        'style="border:0;max-width:100%" loading="lazy"></iframe>\n' +
        `<script src="${origin}/embed/planstatus-resize.js" defer></script>`,
    );
    expect(screen.getByLabelText('Webkomponent-koden')).toHaveAttribute('readonly');
  });

  it('follows the chosen measure and options in preview and snippets', async () => {
    const user = userEvent.setup();
    renderBuilder();

    await user.selectOptions(screen.getByLabelText('Hva vil du bygge inn?'), 'Ett tiltak');
    await user.selectOptions(screen.getByLabelText('Tiltak'), String(youthMeasure.id));
    await user.click(screen.getByLabelText('Kompakt visning'));

    const url = `${origin}/embed/measures/${youthMeasure.id}?compact=true`;
    expect(screen.getByTitle(`Forhåndsvisning: Status for ${youthMeasure.reference} ${youthMeasure.text}`)).toHaveAttribute(
      'src',
      url,
    );
    expect(snippet('Iframe-koden')).toContain(`src="${url}"`);
    expect(snippet('Webkomponent-koden')).toContain(
      `<planstatus-status base="${origin}" measure="${youthMeasure.id}" compact>`,
    );
  });

  it('lists responsible bodies to choose from', async () => {
    const user = userEvent.setup();
    renderBuilder();

    await user.selectOptions(screen.getByLabelText('Hva vil du bygge inn?'), 'En ansvarlig');

    expect(screen.getAllByRole('option', { name: /./ }).map((o) => o.textContent)).toEqual(
      expect.arrayContaining(partySummaries.map((party) => party.name)),
    );
    expect(snippet('Iframe-koden')).toContain(`/embed/parties/${partySummaries[0]!.id}`);
  });
});

describe('«Bygg inn» for the dashboard', () => {
  it('offers the dashboard as an iframe only', async () => {
    const user = userEvent.setup();
    renderBuilder();

    await user.selectOptions(screen.getByLabelText('Hva vil du bygge inn?'), 'Dashbord (antall per status)');

    expect(screen.getByTitle('Forhåndsvisning: Statusdashbord for handlingsplanen')).toHaveAttribute(
      'src',
      `${origin}/embed/dashboard`,
    );
    expect(snippet('Iframe-koden')).toContain(`src="${origin}/embed/dashboard" title="Statusdashbord for handlingsplanen"`);
    expect(screen.queryByLabelText('Webkomponent-koden')).not.toBeInTheDocument();
    expect(screen.getByText(/Dashbordet finnes bare som iframe/)).toBeVisible();
  });
});
