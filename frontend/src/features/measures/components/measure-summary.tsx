import { Tag } from '@digdir/designsystemet-react';

import { AppLink } from '../../../components/app-link';
import { assessmentColors, statusColors } from '../../../components/status-badge';
import { routePaths } from '../../../config/paths';
import type { Assessment, Measure, MeasureStatus } from '../../../lib/api/types';
import {
  assessmentLabels,
  assessments,
  measureStatuses,
  measureStatusLabels,
  noAssessmentLabel,
} from '../../../lib/labels';

export type MeasureCounts = {
  total: number;
  byStatus: { status: MeasureStatus; count: number }[];
  /** `null`: no assessment («Ikke vurdert»), last. */
  byAssessment: { assessment: Assessment | null; count: number }[];
};

/** Counts per status (in the statuses' order) and per assessment, leaving out what no measure has. */
export function countMeasures(measures: readonly Measure[]): MeasureCounts {
  const statusCount = (status: MeasureStatus) => measures.filter((m) => m.currentStatus.status === status).length;
  const assessmentCount = (assessment: Assessment | null) =>
    measures.filter((m) => (m.currentStatus.assessment ?? null) === assessment).length;
  return {
    total: measures.length,
    byStatus: measureStatuses
      .map((status) => ({ status, count: statusCount(status) }))
      .filter(({ count }) => count > 0),
    byAssessment: [...assessments, null]
      .map((assessment) => ({ assessment, count: assessmentCount(assessment) }))
      .filter(({ count }) => count > 0),
  };
}

type MeasureSummaryProps = {
  measures: readonly Measure[];
  /** Where a count leads: the overview filtered to that status or assessment. */
  statusLink: (status: MeasureStatus) => string;
  assessmentLink: (assessment: Assessment) => string;
};

/**
 * A small summary of the listed measures, each count a word with its number (colour only repeats the word) and
 * a link to the list narrowed to it. The full picture per goal and body is on the dashboard.
 */
export function MeasureSummary({ measures, statusLink, assessmentLink }: MeasureSummaryProps) {
  const counts = countMeasures(measures);
  return (
    <section className="measure-summary" aria-label="Oppsummering">
      <ul className="measure-summary__counts" aria-label="Tiltak per status">
        {counts.byStatus.map(({ status, count }) => (
          <li key={status}>
            <AppLink to={statusLink(status)} preventScrollReset>
              <Tag data-color={statusColors[status]} data-size="sm" className="status-tag">
                {measureStatusLabels[status]}: {count}
              </Tag>
            </AppLink>
          </li>
        ))}
      </ul>
      <ul className="measure-summary__counts" aria-label="Tiltak per vurdering">
        {counts.byAssessment.map(({ assessment, count }) => (
          <li key={assessment ?? 'none'}>
            {assessment ? (
              <AppLink to={assessmentLink(assessment)} preventScrollReset>
                <Tag data-color={assessmentColors[assessment]} data-size="sm" variant="outline" className="status-tag">
                  {assessmentLabels[assessment]}: {count}
                </Tag>
              </AppLink>
            ) : (
              <Tag data-color="neutral" data-size="sm" variant="outline" className="status-tag">
                {noAssessmentLabel}: {count}
              </Tag>
            )}
          </li>
        ))}
      </ul>
      <AppLink to={routePaths.dashboard()} className="measure-summary__dashboard">
        Se dashbord
      </AppLink>
    </section>
  );
}
