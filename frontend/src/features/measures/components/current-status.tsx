import { Paragraph } from '@digdir/designsystemet-react';

import { AssessmentTag, StaleMark, StatusBadge } from '../../../components/status-badge';
import type { CurrentStatus, Staleness } from '../../../lib/api/types';
import { formatNorwegianDate } from '../../../lib/format/date';
import { formatPercent } from '../../../lib/format/number';

export function CurrentStatusSummary({
  currentStatus,
  staleness,
}: {
  currentStatus: CurrentStatus;
  staleness?: Staleness;
}) {
  const { status, assessment, percentComplete, period, reportDate } = currentStatus;
  const asOf = period ?? (reportDate ? formatNorwegianDate(reportDate) : null);
  return (
    <div className="current-status">
      <div className="status-line">
        <StatusBadge status={status} />
        {assessment && <AssessmentTag assessment={assessment} />}
        {typeof percentComplete === 'number' && <span>{formatPercent(percentComplete)} fullført</span>}
        {staleness && <StaleMark staleness={staleness} />}
      </div>
      {status === 'NOT_REPORTED' ? (
        <Paragraph>Det er ikke rapportert status for dette tiltaket ennå.</Paragraph>
      ) : (
        asOf && <Paragraph>Fra siste statusrapport: {asOf}.</Paragraph>
      )}
    </div>
  );
}
