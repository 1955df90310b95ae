import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { ReviewItem } from '../../../lib/api/types';
import { fakeApi, json, sentRequests } from '../../../testing/fake-api';
import { reportsForYouthMeasure, youthMeasure } from '../../../testing/fixtures';
import { createTestQueryClient, renderPage } from '../../../testing/render';
import { myReportsQueryOptions } from '../api/get-my-reports';
import { reportsForReviewQueryOptions } from '../api/get-reports-for-review';
import { MyReportsPage } from './my-reports-page';
import { returnCommentError, ReviewPage } from './review-page';

const base = reportsForYouthMeasure[0]!;
const waiting: ReviewItem = {
  report: { ...base, id: 31, version: 0, state: 'SUBMITTED', submittedAt: '2022-09-05T08:00:00Z' },
  measure: { id: youthMeasure.id, reference: youthMeasure.reference, text: youthMeasure.text },
  periodLabel: '2. tertial 2022',
};
const approveRoute = `POST /api/v1/measures/${youthMeasure.id}/reports/31/approve`;
const returnRoute = `POST /api/v1/measures/${youthMeasure.id}/reports/31/return`;

function renderReview(items: ReviewItem[] = [waiting]) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(reportsForReviewQueryOptions().queryKey, items);
  const user = userEvent.setup();
  return { ...renderPage(<ReviewPage />, { queryClient }), user };
}

describe('«Til godkjenning»', () => {
  it('lists a waiting report with its measure, period, author and state in words', () => {
    renderReview();
    expect(screen.getByRole('heading', { level: 1, name: 'Til godkjenning' })).toBeVisible();
    const report = screen.getByRole('article', { name: `Tiltak ${youthMeasure.reference}: ${youthMeasure.text}` });
    expect(within(report).getByText('Venter på godkjenning')).toBeVisible();
    expect(report).toHaveTextContent('2. tertial 2022');
    expect(report).toHaveTextContent(`Skrevet av ${base.author}`);
  });

  it('says so when nothing waits', () => {
    renderReview([]);
    expect(screen.getByText('Ingen statusrapporter venter på godkjenning.')).toBeVisible();
  });

  it('approves a report with its version in If-Match', async () => {
    fakeApi({
      [approveRoute]: () => json(200, { ...waiting.report, version: 1, state: 'APPROVED' }),
      'GET /api/v1/reports': () => json(200, { items: [] }),
    });
    const { user } = renderReview();
    await user.click(screen.getByRole('button', { name: 'Godkjenn' }));

    expect(await screen.findByText(/er godkjent og offentlig/)).toBeVisible();
    expect(sentRequests(approveRoute)[0]?.headers.get('If-Match')).toBe('"0"');
  });

  it('sends a report back only with a comment, and sends the comment', async () => {
    fakeApi({
      [returnRoute]: () => json(200, { ...waiting.report, version: 1, state: 'RETURNED' }),
      'GET /api/v1/reports': () => json(200, { items: [] }),
    });
    const { user } = renderReview();
    await user.click(screen.getByRole('button', { name: 'Send tilbake med kommentar' }));
    await user.click(screen.getByRole('button', { name: 'Send tilbake' }));

    const comment = screen.getByRole('textbox', { name: 'Hva må rettes?' });
    expect(comment).toHaveAccessibleDescription(expect.stringContaining('Skriv hva som må rettes'));
    expect(sentRequests(returnRoute)).toHaveLength(0);

    await user.type(comment, 'Skriv mer om økonomien.');
    await user.click(screen.getByRole('button', { name: 'Send tilbake' }));
    await waitFor(() => expect(sentRequests(returnRoute)).toHaveLength(1));
    expect(await sentRequests(returnRoute)[0]?.json()).toEqual({ comment: 'Skriv mer om økonomien.' });
    expect(await screen.findByText(/er sendt tilbake\./)).toBeVisible();
  });

  it('asks for a comment that says something', () => {
    expect(returnCommentError('   ')).toBe('Skriv hva som må rettes før du sender rapporten tilbake.');
    expect(returnCommentError('Mer om økonomien')).toBeNull();
  });
});

describe('«Mine rapporter»', () => {
  it('shows a report sent back with the editor’s comment and a way to correct it', () => {
    const queryClient = createTestQueryClient();
    const returned: ReviewItem = {
      ...waiting,
      report: { ...waiting.report, state: 'RETURNED', reviewedBy: 'Rita Redaktør', reviewComment: 'Mer om økonomien.' },
    };
    queryClient.setQueryData(myReportsQueryOptions().queryKey, [returned]);
    renderPage(<MyReportsPage />, { queryClient });

    expect(screen.getByText('Sendt tilbake')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Sendt tilbake av Rita Redaktør' })).toBeVisible();
    expect(screen.getByText('Mer om økonomien.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Fortsett med rapporten' })).toHaveAttribute(
      'href',
      `/tiltak/${youthMeasure.id}/rapporter/31/korriger`,
    );
  });
});
