import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';

import { AppLink } from '../../../components/app-link';
import { LinkButton } from '../../../components/link-button';
import { routePaths } from '../../../config/paths';
import { formatDateTime } from '../../../lib/format/date';
import { accountRoleLabels } from '../../../lib/labels';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAccounts } from '../api/get-accounts';

export function AccountsPage() {
  const { data: accounts } = useAccounts();
  useDocumentTitle('Brukere');

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Brukere
      </Heading>
      <Paragraph>
        De som logger inn i Planstatus. Rapportører skriver statusrapporter for én ansvarlig; redaktører holder
        planen oppdatert; administratorer styrer også brukere og API-tokens.
      </Paragraph>
      <div className="page-actions">
        <LinkButton to={routePaths.newAccount()} variant="primary">
          Ny bruker
        </LinkButton>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Brukere (rull sideveis)">
        <Table>
          <caption className="visually-hidden">Brukere, etter brukernavn</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Brukernavn</Table.HeaderCell>
              <Table.HeaderCell>Navn</Table.HeaderCell>
              <Table.HeaderCell>Rolle</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Opprettet</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {accounts.map((account) => (
              <Table.Row key={account.id}>
                <Table.Cell>
                  <AppLink to={routePaths.account(account.id)}>{account.username}</AppLink>
                </Table.Cell>
                <Table.Cell>{account.displayName}</Table.Cell>
                <Table.Cell>
                  {accountRoleLabels[account.role]}
                  {account.party && ` for ${account.party.name}`}
                </Table.Cell>
                <Table.Cell>
                  {account.active ? (
                    'Aktiv'
                  ) : (
                    <Tag data-color="warning" data-size="sm">
                      Deaktivert
                    </Tag>
                  )}
                </Table.Cell>
                <Table.Cell>{formatDateTime(account.createdAt)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </div>
  );
}
