import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';

import { actionPlanPeriodsQueryOptions } from '../../../lib/periods';
import { reportPrefillState } from '../../../lib/report-prefill';
import { periodsOfActionPlan, youthMeasure } from '../../../testing/fixtures';
import { createTestQueryClient } from '../../../testing/render';
import { measureQueryOptions } from '../api/get-measure';
import { NewReportPage } from './new-report-page';

describe('a new report handed a report to start from', () => {
  it('fills in status, assessment, percent, text and links, but not the date or period', () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(measureQueryOptions(youthMeasure.id).queryKey, youthMeasure);
    queryClient.setQueryData(actionPlanPeriodsQueryOptions(youthMeasure.actionPlan.id).queryKey, periodsOfActionPlan);
    const state = reportPrefillState({
      status: 'IN_PROGRESS',
      assessment: 'AT_RISK',
      percentComplete: 40,
      text: 'Prosjektet er i gang.',
      links: [{ url: 'https://www.example.no/sak/2022-17', title: null }],
    });
    const router = createMemoryRouter([{ path: '/', element: <NewReportPage measureId={14} /> }], {
      initialEntries: [{ pathname: '/', state }],
    });
    render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );

    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveDisplayValue('Pågår');
    expect(screen.getByRole('radio', { name: 'Risiko for avvik' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Beskrivelse' })).toHaveValue('Prosjektet er i gang.');
    expect(screen.getByRole('textbox', { name: 'Adresse til lenke 1' })).toHaveValue('https://www.example.no/sak/2022-17');
    expect(screen.getByLabelText('Dato for status')).toHaveValue('');
  });
});
