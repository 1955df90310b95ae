import { Card, Paragraph } from '@digdir/designsystemet-react';

import { routePaths } from '../config/paths';
import type { Measure } from '../lib/api/types';
import { AppLink } from './app-link';
import { ResponsibilityList } from './responsibility-list';
import { StaleMark, StatusBadge } from './status-badge';

type MeasureListProps = {
  measures: readonly Measure[];
  /** Accessible name of the list, e.g. «Tiltak under mål 1». */
  label: string;
  excludePartyId?: number;
};

/** Measures with reference, linked text (verbatim), responsibility and current status. */
export function MeasureList({ measures, label, excludePartyId }: MeasureListProps) {
  return (
    <ul className="measure-list" aria-label={label}>
      {measures.map((measure) => (
        <li key={measure.id}>
          <Card className="measure-card">
            <div className="measure-card__meta">
              <span className="measure-card__reference">{measure.reference}</span>
              <StatusBadge status={measure.currentStatus.status} />
              <StaleMark staleness={measure.staleness} />
            </div>
            <Paragraph>
              <AppLink to={routePaths.measure(measure.id)}>{measure.text}</AppLink>
            </Paragraph>
            <ResponsibilityList responsibilities={measure.responsibilities} excludePartyId={excludePartyId} />
          </Card>
        </li>
      ))}
    </ul>
  );
}
