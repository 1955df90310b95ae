import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';

import { AppLink } from '../../../components/app-link';
import { AssessmentTag, ReportStateBadge, StatusBadge } from '../../../components/status-badge';
import { routePaths } from '../../../config/paths';
import { problemMessage } from '../../../lib/api/problem';
import type { ReviewItem } from '../../../lib/api/types';
import { formatDateTime, formatNorwegianDate } from '../../../lib/format/date';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useReportsForReview } from '../api/get-reports-for-review';
import { useApproveReport, useReturnReport } from '../api/review-report';

/** The comment is what the author gets back: it must say something. */
export function returnCommentError(comment: string): string | null {
  return comment.trim() === '' ? 'Skriv hva som må rettes før du sender rapporten tilbake.' : null;
}

function WaitingReport({ item, onDone }: { item: ReviewItem; onDone: (message: string) => void }) {
  const { report, measure } = item;
  const headingId = useId();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const approve = useApproveReport();
  const sendBack = useReturnReport();
  const target = { measureId: measure.id, reportId: report.id, version: report.version };
  const busy = approve.isPending || sendBack.isPending;

  const onApprove = () => {
    setFailure(null);
    approve.mutate(target, {
      onSuccess: () => onDone(`Statusrapporten for tiltak ${measure.reference ?? measure.id} er godkjent og offentlig.`),
      onError: (error) => setFailure(problemMessage(error)),
    });
  };
  const onReturn = () => {
    const error = returnCommentError(comment);
    setCommentError(error);
    if (error) return;
    setFailure(null);
    sendBack.mutate(
      { ...target, comment: comment.trim() },
      {
        onSuccess: () => onDone(`Statusrapporten for tiltak ${measure.reference ?? measure.id} er sendt tilbake.`),
        onError: (failed) => setFailure(problemMessage(failed)),
      },
    );
  };

  return (
    <article className="page-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        Tiltak {measure.reference ?? measure.id}: {measure.text}
      </Heading>
      <Paragraph>
        <ReportStateBadge state={report.state} /> <StatusBadge status={report.status} />{' '}
        <AssessmentTag assessment={report.assessment} />
      </Paragraph>
      <Paragraph data-size="sm">
        {item.periodLabel ? `${item.periodLabel}, ` : ''}status per {formatNorwegianDate(report.reportDate)}
        {typeof report.percentComplete === 'number' ? `, ${report.percentComplete} % fullført` : ''}. Skrevet av{' '}
        {report.author}
        {report.submittedAt ? `, sendt inn ${formatDateTime(report.submittedAt)}` : ''}.
      </Paragraph>
      <Paragraph className="report-text">{report.text}</Paragraph>
      {failure && <Alert data-color="danger">{failure}</Alert>}
      {returning ? (
        <div className="form">
          <Textfield
            label="Hva må rettes?"
            description="Forfatteren får rapporten tilbake med denne kommentaren."
            multiline
            rows={3}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            error={commentError ?? undefined}
          />
          <div className="form-actions">
            <Button onClick={onReturn} disabled={busy}>
              Send tilbake
            </Button>
            <Button variant="tertiary" onClick={() => setReturning(false)} disabled={busy}>
              Avbryt
            </Button>
          </div>
        </div>
      ) : (
        <div className="form-actions">
          <Button onClick={onApprove} disabled={busy}>
            Godkjenn
          </Button>
          <Button variant="secondary" onClick={() => setReturning(true)} disabled={busy}>
            Send tilbake med kommentar
          </Button>
          <AppLink to={routePaths.correctReport(measure.id, report.id)}>Korriger først</AppLink>
        </div>
      )}
    </article>
  );
}

/** «Til godkjenning»: reporters' reports waiting for an editor, oldest first, to approve or send back. */
export function ReviewPage() {
  const { data: items } = useReportsForReview();
  const [done, setDone] = useState<string | null>(null);
  useDocumentTitle('Til godkjenning');
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Til godkjenning
      </Heading>
      <Paragraph>
        Statusrapporter fra rapportørene blir offentlige først når de er godkjent. En rapport som sendes tilbake, går
        til den som skrev den, med kommentaren din.
      </Paragraph>
      <div role="status">{done && <Alert data-color="success">{done}</Alert>}</div>
      {items.length === 0 ? (
        <Paragraph>Ingen statusrapporter venter på godkjenning.</Paragraph>
      ) : (
        items.map((item) => <WaitingReport key={item.report.id} item={item} onDone={setDone} />)
      )}
    </div>
  );
}
