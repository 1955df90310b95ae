import { Card, Paragraph } from '@digdir/designsystemet-react';

import { routePaths } from '../config/paths';
import type { Measure } from '../lib/api/types';
import { formatPercent } from '../lib/format/number';
import { noAssessmentLabel } from '../lib/labels';
import { AppLink } from './app-link';
import { ResponsibilityList } from './responsibility-list';
import { AssessmentTag, StaleMark, StatusBadge } from './status-badge';

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

type MeasureTableProps = {
  measures: readonly Measure[];
  /** Accessible name of the table, e.g. «Tiltak under mål 1». */
  label: string;
};

function LeadLinks({ measure }: { measure: Measure }) {
  const leads = measure.responsibilities.filter(({ role }) => role === 'LEAD');
  if (leads.length === 0) return <span className="muted">Ingen</span>;
  return (
    <ul className="inline-list">
      {leads.map(({ party }) => (
        <li key={party.id}>
          <AppLink to={routePaths.party(party.id)}>{party.name}</AppLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * One compact row per measure, for scanning: reference, text, lead, status, assessment, percent and the period
 * of the latest approved report. A long text is clipped to a few lines; its link leads to the whole of it. In a
 * narrow window each row reflows into a small card (see styles.css), status first after the reference.
 */
export function MeasureTable({ measures, label }: MeasureTableProps) {
  return (
    <table className="measure-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Ref.</th>
          <th scope="col">Tiltak</th>
          <th scope="col">Ansvarlig</th>
          <th scope="col">Status</th>
          <th scope="col">Vurdering</th>
          <th scope="col">Prosent fullført</th>
          <th scope="col">Siste rapport</th>
        </tr>
      </thead>
      <tbody>
        {measures.map((measure) => {
          const { status, assessment, percentComplete, period } = measure.currentStatus;
          return (
            <tr key={measure.id}>
              <td className="measure-table__reference">{measure.reference}</td>
              <td className="measure-table__text">
                <AppLink to={routePaths.measure(measure.id)} className="measure-table__text-link">
                  {measure.text}
                </AppLink>
              </td>
              <td className="measure-table__lead" data-label="Ansvarlig">
                <LeadLinks measure={measure} />
              </td>
              <td className="measure-table__status">
                <StatusBadge status={status} />
              </td>
              <td className="measure-table__assessment">
                {assessment ? (
                  <AssessmentTag assessment={assessment} />
                ) : (
                  <span className="muted">
                    <span className="visually-hidden">Vurdering: </span>
                    {noAssessmentLabel}
                  </span>
                )}
              </td>
              <td className="measure-table__percent" data-label="Prosent fullført">
                {typeof percentComplete === 'number' ? (
                  formatPercent(percentComplete)
                ) : (
                  <span className="muted">Ikke oppgitt</span>
                )}
              </td>
              <td className="measure-table__period" data-label="Siste rapport">
                {period ?? <span className="muted">Ingen</span>}
                <StaleMark staleness={measure.staleness} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
