import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';

import { AppLink } from '../../../components/app-link';
import { LinkButton } from '../../../components/link-button';
import { routePaths } from '../../../config/paths';
import { partyKindLabels } from '../../../lib/labels';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useParties } from '../api/get-parties';

function countMeasures(count: number): string {
  return `${count} tiltak`;
}

export function PartiesPage({ canEdit = false }: { canEdit?: boolean }) {
  const { data: parties } = useParties();
  useDocumentTitle('Ansvarlige');

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Ansvarlige
      </Heading>
      <Paragraph>
        Organer, kommuner og organisasjoner som har ansvar for tiltak i handlingsplanen, alene eller sammen med
        andre.
      </Paragraph>
      {canEdit && (
        <div className="page-actions">
          <LinkButton to={routePaths.newParty()}>Ny ansvarlig</LinkButton>
        </div>
      )}
      <ul className="party-list" aria-label="Ansvarlige">
        {parties.map((party) => (
          <li key={party.id}>
            <Card className="party-card">
              <Heading level={2} data-size="xs">
                <AppLink to={routePaths.party(party.id)}>{party.name}</AppLink>
              </Heading>
              <Paragraph data-size="sm" className="eyebrow">
                {partyKindLabels[party.kind]}
              </Paragraph>
              <dl className="facts">
                <div>
                  <dt>Ansvarlig for</dt>
                  <dd>{countMeasures(party.leadCount)}</dd>
                </div>
                <div>
                  <dt>Samarbeidspartner i</dt>
                  <dd>{countMeasures(party.partnerCount)}</dd>
                </div>
              </dl>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
