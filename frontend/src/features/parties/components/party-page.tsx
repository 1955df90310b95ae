import { Heading, Paragraph } from '@digdir/designsystemet-react';

import { EmptyState } from '../../../components/empty-state';
import { LinkButton } from '../../../components/link-button';
import { MeasureList } from '../../../components/measure-list';
import { routePaths } from '../../../config/paths';
import type { PartyMeasure } from '../../../lib/api/types';
import { partyKindLabels } from '../../../lib/labels';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useParty } from '../api/get-party';

function measuresWithRole(entries: readonly PartyMeasure[], role: PartyMeasure['role']) {
  return entries.filter((entry) => entry.role === role).map((entry) => entry.measure);
}

/** What a party owns, and with whom: measures grouped by the party's role in them. */
export function PartyPage({ partyId, canEdit = false }: { partyId: number; canEdit?: boolean }) {
  const { data: party } = useParty(partyId);
  useDocumentTitle(party.name);

  const leading = measuresWithRole(party.measures, 'LEAD');
  const partnering = measuresWithRole(party.measures, 'PARTNER');

  return (
    <div className="page">
      <Paragraph data-size="sm" className="eyebrow">
        {partyKindLabels[party.kind]}
      </Paragraph>
      <Heading level={1} data-size="lg">
        {party.name}
      </Heading>
      {canEdit && (
        <div className="page-actions">
          <LinkButton to={routePaths.editParty(party.id)}>Rediger</LinkButton>
        </div>
      )}

      <section className="page-section">
        <Heading level={2} data-size="sm">
          Ansvarlig for {leading.length} tiltak
        </Heading>
        {leading.length > 0 ? (
          <MeasureList measures={leading} label={`Tiltak der ${party.name} er ansvarlig`} excludePartyId={party.id} />
        ) : (
          <EmptyState>{party.name} er ikke ansvarlig for noen tiltak.</EmptyState>
        )}
      </section>

      <section className="page-section">
        <Heading level={2} data-size="sm">
          Samarbeidspartner i {partnering.length} tiltak
        </Heading>
        {partnering.length > 0 ? (
          <MeasureList
            measures={partnering}
            label={`Tiltak der ${party.name} er samarbeidspartner`}
            excludePartyId={party.id}
          />
        ) : (
          <EmptyState>{party.name} er ikke samarbeidspartner i noen tiltak.</EmptyState>
        )}
      </section>
    </div>
  );
}
