import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Assessment, MeasureStatus, ReportState } from '../lib/api/types';
import { AssessmentTag, ReportStateBadge, StaleMark, StatusBadge } from './status-badge';

describe('StatusBadge', () => {
  it.each<[MeasureStatus, string]>([
    ['NOT_REPORTED', 'Ikke rapportert'],
    ['NOT_STARTED', 'Ikke startet'],
    ['IN_PROGRESS', 'Pågår'],
    ['COMPLETED', 'Fullført'],
    ['POSTPONED', 'Utsatt'],
    ['CANCELLED', 'Avbrutt'],
  ])('spells out %s as «%s», so colour is never the only signal', (status, text) => {
    const { container } = render(<StatusBadge status={status} />);
    expect(screen.getByText(text)).toBeVisible();
    expect(container).toHaveTextContent(`Status: ${text}`);
  });

  it('gives different statuses different colours', () => {
    render(
      <>
        <StatusBadge status="COMPLETED" />
        <StatusBadge status="CANCELLED" />
      </>,
    );
    const completed = screen.getByText('Fullført').closest('[data-color]');
    const cancelled = screen.getByText('Avbrutt').closest('[data-color]');
    expect(completed).toHaveAttribute('data-color', 'success');
    expect(cancelled).toHaveAttribute('data-color', 'danger');
  });
});

describe('AssessmentTag', () => {
  it.each<[Assessment, string]>([
    ['ON_TRACK', 'I rute'],
    ['AT_RISK', 'Risiko for avvik'],
    ['OFF_TRACK', 'Ikke i rute'],
  ])('shows %s as «%s»', (assessment, text) => {
    const { container } = render(<AssessmentTag assessment={assessment} />);
    expect(container).toHaveTextContent(`Vurdering: ${text}`);
  });
});

describe('StaleMark', () => {
  it('says in words which period the measure lacks a report for', () => {
    render(
      <StaleMark
        staleness={{ stale: true, periodId: 3, periodLabel: '2. tertial 2022', label: 'Ikke rapportert for 2. tertial 2022' }}
      />,
    );
    expect(screen.getByText('Ikke rapportert for 2. tertial 2022')).toBeVisible();
  });

  it('shows nothing for a measure that is up to date', () => {
    const { container } = render(
      <StaleMark staleness={{ stale: false, periodId: 3, periodLabel: '2. tertial 2022', label: null }} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});

describe('ReportStateBadge', () => {
  it.each<[ReportState, string]>([
    ['DRAFT', 'Utkast'],
    ['SUBMITTED', 'Venter på godkjenning'],
    ['RETURNED', 'Sendt tilbake'],
    ['APPROVED', 'Godkjent'],
  ])('spells out %s as «%s»', (state, text) => {
    const { container } = render(<ReportStateBadge state={state} />);
    expect(screen.getByText(text)).toBeVisible();
    expect(container).toHaveTextContent(`Godkjenning: ${text}`);
  });
});
