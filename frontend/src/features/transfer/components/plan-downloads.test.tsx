import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderPage } from '../../../testing/render';
import { PlanDownloads } from './plan-downloads';

describe('the plan’s downloads', () => {
  it('links to the file of the plan being edited and to the spreadsheet of its action plan', () => {
    renderPage(<PlanDownloads strategicPlanId={2} actionPlanId={7} />);

    expect(screen.getByRole('link', { name: 'Last ned planfilen (JSON)' })).toHaveAttribute(
      'href',
      '/api/v1/export/plan?strategicPlan=2',
    );
    expect(screen.getByRole('link', { name: 'Last ned til Excel (CSV)' })).toHaveAttribute(
      'href',
      '/api/v1/export/measures.csv?actionPlan=7',
    );
    expect(screen.getByText(/Tiltakene i handlingsplanen, én rad per tiltak/)).toBeInTheDocument();
  });
});
