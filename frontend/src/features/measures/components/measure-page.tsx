import { Heading, Paragraph } from '@digdir/designsystemet-react';

import { AppLink } from '../../../components/app-link';
import { ChangeLog } from '../../../components/change-log';
import { EmptyState } from '../../../components/empty-state';
import { LinkButton } from '../../../components/link-button';
import { ResponsibilityList } from '../../../components/responsibility-list';
import { routePaths } from '../../../config/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMeasure } from '../api/get-measure';
import { useMeasureHistory } from '../api/get-measure-history';
import { useMeasureReports } from '../api/get-measure-reports';
import { CurrentStatusSummary } from './current-status';
import { ReportHistory } from './report-history';

type MeasurePageProps = {
  measureId: number;
  /** The signed-in user keeps the plan (editor or admin). */
  canEdit?: boolean;
  /** The signed-in user may write progress reports on this measure. */
  canReport?: boolean;
};

export function MeasurePage({ measureId, canEdit = false, canReport = false }: MeasurePageProps) {
  const { data: measure } = useMeasure(measureId);
  const { data: reports } = useMeasureReports(measureId);
  const { data: history } = useMeasureHistory(measureId);
  useDocumentTitle(`Tiltak ${measure.reference}`);

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Tiltak <span className="nowrap">{measure.reference}</span>
      </Heading>
      <Paragraph data-size="lg" className="lead-text">
        {measure.text}
      </Paragraph>
      {(canEdit || canReport) && (
        <div className="page-actions">
          {canEdit && <LinkButton to={routePaths.editMeasure(measureId)}>Rediger tiltak</LinkButton>}
          {canReport && <LinkButton to={routePaths.newReport(measureId)}>Ny statusrapport</LinkButton>}
        </div>
      )}

      <dl className="facts">
        <div>
          <dt>Mål</dt>
          <dd>
            <AppLink to={routePaths.goal(measure.goal.id)}>Mål {measure.goal.number}</AppLink>
          </dd>
        </div>
        <div>
          <dt>Handlingsplan</dt>
          <dd>{measure.actionPlan.title}</dd>
        </div>
      </dl>

      <section className="page-section">
        <Heading level={2} data-size="sm">
          Ansvar
        </Heading>
        <figure className="plan-quote">
          <figcaption className="eyebrow">Slik står det i planen</figcaption>
          <Paragraph>{measure.responsibilityText}</Paragraph>
        </figure>
        <ResponsibilityList responsibilities={measure.responsibilities} />
      </section>

      <section className="page-section">
        <Heading level={2} data-size="sm">
          Status nå
        </Heading>
        <CurrentStatusSummary currentStatus={measure.currentStatus} staleness={measure.staleness} />
      </section>

      <section className="page-section">
        <Heading level={2} data-size="sm">
          Statusrapporter
        </Heading>
        {/* Public reports are approved: only editors may correct them (a reporter writes a new one). */}
        <ReportHistory reports={reports} canCorrect={canEdit} />
      </section>

      <section className="page-section">
        <Heading level={2} data-size="sm">
          Endringslogg
        </Heading>
        {history.length > 0 ? (
          <ChangeLog events={history} label="Endringslogg, nyeste først" />
        ) : (
          <EmptyState>Ingen endringer er registrert for dette tiltaket.</EmptyState>
        )}
      </section>
    </div>
  );
}
