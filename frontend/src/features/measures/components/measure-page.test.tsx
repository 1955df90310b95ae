import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Report } from '../../../lib/api/types';
import { councilMeasure, reportsForYouthMeasure, youthMeasure } from '../../../testing/fixtures';
import { createTestQueryClient, renderPage } from '../../../testing/render';
import { measureQueryOptions } from '../api/get-measure';
import { measureReportsQueryOptions } from '../api/get-measure-reports';
import { MeasurePage } from './measure-page';

function renderMeasure(measure = youthMeasure, reports: Report[] = reportsForYouthMeasure) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(measureQueryOptions(measure.id).queryKey, measure);
  queryClient.setQueryData(measureReportsQueryOptions(measure.id).queryKey, reports);
  return renderPage(<MeasurePage measureId={measure.id} />, { queryClient });
}

describe('measure page', () => {
  it('shows reference, text and the goal it belongs to', () => {
    renderMeasure();

    expect(screen.getByRole('heading', { level: 1, name: 'Tiltak 2021-22/5.1' })).toBeVisible();
    expect(screen.getByText('gjennomføre prosjektet «Fjellungdom i klimaskiftet»')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Mål 5' })).toHaveAttribute('href', '/mal/5');
    expect(document.title).toBe('Tiltak 2021-22/5.1 – Planstatus');
  });

  it('shows the responsibility line verbatim and links lead and partner to their pages', () => {
    renderMeasure();

    expect(screen.getByRole('heading', { level: 2, name: 'Ansvar' })).toBeVisible();
    expect(screen.getByText('Administrasjonen i samarbeid med Ungt Entreprenørskap Innlandet')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Administrasjonen' })).toHaveAttribute('href', '/ansvarlige/2');
    expect(screen.getByRole('link', { name: 'Ungt Entreprenørskap Innlandet' })).toHaveAttribute(
      'href',
      '/ansvarlige/4',
    );
    expect(screen.getByText('Samarbeidspartner')).toBeVisible();
  });

  it('shows the current status with assessment and percent', () => {
    renderMeasure();

    const heading = screen.getByRole('heading', { level: 2, name: 'Status nå' });
    const section = heading.closest('section');
    expect(section).not.toBeNull();
    const status = within(section!);
    expect(status.getByText('Pågår')).toBeVisible();
    expect(status.getByText('Risiko')).toBeVisible();
    expect(status.getByText('40 % gjennomført')).toBeVisible();
    expect(status.getByText('Fra siste statusrapport: 2. tertial 2022.')).toBeVisible();
  });

  it('lists the reports newest first with period, status, text and author', () => {
    renderMeasure();

    const history = screen.getByRole('list', { name: 'Statusrapporter, nyeste først' });
    const reports = within(history).getAllByRole('listitem');
    expect(reports).toHaveLength(2);
    expect(within(reports[0]!).getByRole('heading', { level: 3 })).toHaveTextContent(
      '2. tertial 2022 (30. september 2022)',
    );
    expect(within(reports[0]!).getByText('Færre skoler enn ventet har meldt seg på.')).toBeVisible();
    expect(within(reports[0]!).getByText('Rapportert av Administrasjonen')).toBeVisible();
    expect(within(reports[1]!).getByText('Ikke startet')).toBeVisible();
    expect(within(reports[1]!).getByText('På sporet')).toBeVisible();
  });

  it('says that nothing is reported yet for a measure without reports', () => {
    renderMeasure(councilMeasure, []);

    expect(screen.getByText('Ingen statusrapporter ennå.')).toBeVisible();
    expect(screen.getByText('Ikke rapportert')).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Statusrapporter, nyeste først' })).not.toBeInTheDocument();
  });
});
