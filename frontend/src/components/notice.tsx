import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useLocation } from 'react-router';

type NoticeState = { notice: string };

/** Navigation state that makes the next page confirm what just happened, e.g. «Endringene er lagret.». */
export function noticeState(notice: string): NoticeState {
  return { notice };
}

function noticeOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return undefined;
  return typeof state.notice === 'string' ? state.notice : undefined;
}

export const PAGE_FOCUS_ATTRIBUTE = 'data-page-focus';

/** The confirmation a page was opened with; it takes the focus that would otherwise go to the heading. */
export function Notice() {
  const notice = noticeOf(useLocation().state);
  if (!notice) return null;
  return (
    <Alert data-color="success" className="notice" tabIndex={-1} {...{ [PAGE_FOCUS_ATTRIBUTE]: '' }}>
      <Paragraph>{notice}</Paragraph>
    </Alert>
  );
}
