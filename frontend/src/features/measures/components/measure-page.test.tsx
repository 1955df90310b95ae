import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { AuditEvent, Report } from '../../../lib/api/types';
import {
  councilMeasure,
  historyOfYouthMeasure,
  reportsForYouthMeasure,
  youthMeasure,
} from '../../../testing/fixtures';
import { createTestQueryClient, renderPage } from '../../../testing/render';
import { measureQueryOptions } from '../api/get-measure';
import { measureHistoryQueryOptions } from '../api/get-measure-history';
import { measureReportsQueryOptions } from '../api/get-measure-reports';
import { MeasurePage } from './measure-page';

type RenderOptions = { history?: AuditEvent[]; canEdit?: boolean; canReport?: boolean };

function renderMeasure(
  measure = youthMeasure,
  reports: Report[] = reportsForYouthMeasure,
  { history = historyOfYouthMeasure, canEdit = false, canReport = false }: RenderOptions = {},
) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(measureQueryOptions(measure.id).queryKey, measure);
  queryClient.setQueryData(measureReportsQueryOptions(measure.id).queryKey, reports);
  queryClient.setQueryData(measureHistoryQueryOptions(measure.id).queryKey, history);
  return renderPage(<MeasurePage measureId={measure.id} canEdit={canEdit} canReport={canReport} />, { queryClient });
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
    expect(status.getByText('Risiko for avvik')).toBeVisible();
    expect(status.getByText('40 % fullført')).toBeVisible();
    expect(status.getByText('Fra siste statusrapport: 2. tertial 2022.')).toBeVisible();
  });

  it('lists the reports newest first with period, status, text and author', () => {
    renderMeasure();

    const history = screen.getByRole('list', { name: 'Statusrapporter, nyeste først' });
    const reports = within(history)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === history);
    expect(reports).toHaveLength(2);
    expect(within(reports[0]!).getByRole('heading', { level: 3 })).toHaveTextContent(
      '2. tertial 2022 (30. september 2022)',
    );
    expect(within(reports[0]!).getByText('Færre skoler enn ventet har meldt seg på.')).toBeVisible();
    expect(within(reports[0]!).getByText(/^Rapportert av Administrasjonen/)).toBeVisible();
    expect(within(reports[1]!).getByText('Ikke startet')).toBeVisible();
    expect(within(reports[1]!).getByText('I rute')).toBeVisible();
  });

  it('shows a report’s links and when it was corrected', () => {
    renderMeasure();

    const latest = within(screen.getByRole('list', { name: 'Statusrapporter, nyeste først' })).getAllByRole(
      'listitem',
    )[0]!;
    expect(within(latest).getByRole('link', { name: 'Sak 17/2022 i regionrådet' })).toHaveAttribute(
      'href',
      'https://www.example.no/sak/2022-17',
    );
    expect(
      within(latest).getByText(
        'Rapportert av Administrasjonen 3. oktober 2022 kl. 11:15, korrigert av Rita Redaktør 4. oktober 2022 kl. 09:30',
      ),
    ).toBeVisible();
  });

  it('credits a report never corrected to its author alone', () => {
    renderMeasure();

    const history = screen.getByRole('list', { name: 'Statusrapporter, nyeste først' });
    const earlier = within(history)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === history)[1]!;
    expect(within(earlier).getByText('Rapportert av Administrasjonen 3. mai 2022 kl. 10:00')).toBeVisible();
  });

  it('renders stored text as text, never as markup', () => {
    const script = '<script>alert("x")</script><b>fet</b>';
    const { container } = renderMeasure(
      { ...youthMeasure, text: script },
      [{ ...reportsForYouthMeasure[0]!, text: script }],
    );

    expect(screen.getAllByText(script)).toHaveLength(2);
    expect(container.querySelector('script, b')).toBeNull();
  });

  it('offers no editing to visitors, and editing, reporting and correcting to those allowed', () => {
    renderMeasure();
    expect(screen.queryByRole('link', { name: 'Rediger tiltak' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ny statusrapport' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Korriger/ })).not.toBeInTheDocument();
  });

  it('lets a reporter of the measure’s party write reports, but not correct approved ones or edit the measure', () => {
    renderMeasure(youthMeasure, reportsForYouthMeasure, { canReport: true });

    expect(screen.getByRole('link', { name: 'Ny statusrapport' })).toHaveAttribute('href', '/tiltak/14/ny-rapport');
    expect(screen.queryByRole('link', { name: 'Rediger tiltak' })).not.toBeInTheDocument();
    // The reports shown are approved and public: only the editors correct them.
    expect(screen.queryByRole('link', { name: /^Korriger/ })).not.toBeInTheDocument();
  });

  it('lets an editor correct the approved reports', () => {
    renderMeasure(youthMeasure, reportsForYouthMeasure, { canEdit: true, canReport: true });
    expect(
      screen.getByRole('link', { name: 'Korriger rapporten for 2. tertial 2022 (30. september 2022)' }),
    ).toHaveAttribute('href', '/tiltak/14/rapporter/7/korriger');
  });

  it('shows the change log: who, when, and each field before and after', () => {
    renderMeasure();

    const log = screen.getByRole('list', { name: 'Endringslogg, nyeste først' });
    const [correction, creation] = within(log)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === log);
    expect(within(correction!).getByRole('heading', { level: 3, name: 'Statusrapport korrigert' })).toBeVisible();
    expect(within(correction!).getByText(/av Kari Nordmann/)).toHaveTextContent(
      '4. oktober 2022 kl. 09:30 av Kari Nordmann',
    );
    expect(within(correction!).queryByText('version')).not.toBeInTheDocument();
    const text = within(correction!).getByText('Tekst').nextElementSibling;
    expect(text).toHaveTextContent(
      'Før: Færre skoler har meldt seg på. → . Etter: Færre skoler enn ventet har meldt seg på.',
    );
    expect(within(correction!).getByText('Prosent fullført').nextElementSibling).toHaveTextContent(
      'Før: 30 % → . Etter: 40 %',
    );
    expect(within(creation!).getByText(/av Kommunens intranett \(API-token\)/)).toBeVisible();
    expect(within(creation!).getByText('Status').nextElementSibling).toHaveTextContent('Pågår');
  });

  it('says so when nothing has been changed', () => {
    renderMeasure(councilMeasure, [], { history: [] });

    expect(screen.getByText('Ingen endringer er registrert for dette tiltaket.')).toBeVisible();
  });

  it('says that nothing is reported yet for a measure without reports', () => {
    renderMeasure(councilMeasure, []);

    expect(screen.getByText('Ingen statusrapporter ennå.')).toBeVisible();
    expect(screen.getByText('Ikke rapportert')).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Statusrapporter, nyeste først' })).not.toBeInTheDocument();
  });
});
