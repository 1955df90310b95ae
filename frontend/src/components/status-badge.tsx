import { Tag } from '@digdir/designsystemet-react';

import type { Assessment, MeasureStatus, ReportState, Staleness } from '../lib/api/types';
import { assessmentLabels, measureStatusLabels, reportStateLabels } from '../lib/labels';

export const statusColors: Record<MeasureStatus, string> = {
  NOT_REPORTED: 'neutral',
  NOT_STARTED: 'neutral',
  IN_PROGRESS: 'info',
  COMPLETED: 'success',
  POSTPONED: 'warning',
  CANCELLED: 'danger',
};

const reportStateColors: Record<ReportState, string> = {
  DRAFT: 'neutral',
  SUBMITTED: 'warning',
  RETURNED: 'danger',
  APPROVED: 'success',
};

export const assessmentColors: Record<Assessment, string> = {
  ON_TRACK: 'success',
  AT_RISK: 'warning',
  OFF_TRACK: 'danger',
};

/** The status is always spelled out; colour only repeats what the text says. */
export function StatusBadge({ status }: { status: MeasureStatus }) {
  return (
    <Tag data-color={statusColors[status]} data-size="sm" className="status-tag">
      <span className="visually-hidden">Status: </span>
      {measureStatusLabels[status]}
    </Tag>
  );
}

export function AssessmentTag({ assessment }: { assessment: Assessment }) {
  return (
    <Tag data-color={assessmentColors[assessment]} data-size="sm" variant="outline" className="status-tag">
      <span className="visually-hidden">Vurdering: </span>
      {assessmentLabels[assessment]}
    </Tag>
  );
}

/**
 * «Ikke rapportert for 2. tertial 2022»: the measure has no approved report for its plan's latest closed period.
 * Spelled out in words; the colour only repeats them.
 */
export function StaleMark({ staleness }: { staleness: Staleness }) {
  if (!staleness.stale || !staleness.label) return null;
  return (
    <Tag data-color="warning" data-size="sm" variant="outline" className="status-tag stale-mark">
      {staleness.label}
    </Tag>
  );
}

/** Where a report is in review, in words («Venter på godkjenning»); the colour only repeats it. */
export function ReportStateBadge({ state }: { state: ReportState }) {
  return (
    <Tag data-color={reportStateColors[state]} data-size="sm" variant="outline" className="status-tag">
      <span className="visually-hidden">Godkjenning: </span>
      {reportStateLabels[state]}
    </Tag>
  );
}
