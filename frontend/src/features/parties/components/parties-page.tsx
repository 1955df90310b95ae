import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';

import { AppLink } from '../../../components/app-link';
import { routePaths } from '../../../config/paths';
import { partyKindLabels } from '../../../lib/labels';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useParties } from '../api/get-parties';

export function PartiesPage() {
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
      <div className="table-scroll">
        <Table className="parties-table">
          <caption className="visually-hidden">Ansvarlige og antall tiltak</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">Navn</Table.HeaderCell>
              <Table.HeaderCell scope="col">Type</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                Ansvarlig for
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                Samarbeids&shy;partner i
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {parties.map((party) => (
              <Table.Row key={party.id}>
                <Table.Cell>
                  <AppLink to={routePaths.party(party.id)}>{party.name}</AppLink>
                </Table.Cell>
                <Table.Cell>{partyKindLabels[party.kind]}</Table.Cell>
                <Table.Cell className="numeric">{party.leadCount}</Table.Cell>
                <Table.Cell className="numeric">{party.partnerCount}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </div>
  );
}
