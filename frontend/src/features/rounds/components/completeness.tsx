import { Tag } from '@digdir/designsystemet-react';

import type { RoundCounts, RoundMeasureProgress } from '../../../lib/api/types';

type Completeness = RoundMeasureProgress['completeness'];

const completenessColors: Record<Completeness, string> = {
  REPORTED: 'success',
  AWAITING_APPROVAL: 'warning',
  MISSING: 'danger',
};

/** Where a measure stands in the round, spelled out; colour only repeats the words. */
export function CompletenessTag({ completeness, label }: { completeness: Completeness; label: string }) {
  return (
    <Tag data-color={completenessColors[completeness]} data-size="sm" className="status-tag">
      {label}
    </Tag>
  );
}

/**
 * The counts as a bar: approved, awaiting approval and missing side by side. The bar is decoration; the
 * summary text next to it says the same for everyone.
 */
export function CompletenessBar({ counts }: { counts: RoundCounts }) {
  if (counts.total === 0) return null;
  const approved = counts.reported - counts.awaitingApproval;
  const share = (n: number) => `${(100 * n) / counts.total}%`;
  return (
    <div className="completeness-bar" aria-hidden="true">
      <span className="completeness-bar__approved" style={{ width: share(approved) }} />
      <span className="completeness-bar__awaiting" style={{ width: share(counts.awaitingApproval) }} />
    </div>
  );
}
