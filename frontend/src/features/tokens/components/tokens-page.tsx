import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Table,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';

import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormErrorSummary } from '../../../components/form/form-error-summary';
import { problemMessage } from '../../../lib/api/problem';
import type { ApiToken, IssuedToken as Issued, PartyRef, Role } from '../../../lib/api/types';
import { formatDateTime } from '../../../lib/format/date';
import { formErrorsFromError, noFormErrors, parseWholeNumber, type FieldLabels } from '../../../lib/forms/form-errors';
import { useFieldIds } from '../../../lib/forms/use-field-ids';
import { accountRoleLabels, accountRoles } from '../../../lib/labels';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateToken } from '../api/create-token';
import { useTokens } from '../api/get-tokens';
import { useRevokeToken } from '../api/revoke-token';
import { IssuedToken } from './issued-token';

type TokenField = 'name' | 'role' | 'partyId';

const tokenFieldLabels: FieldLabels<TokenField> = { name: 'Navn', role: 'Rolle', partyId: 'Rapporterer for' };

function NewTokenForm({ parties, onIssued }: { parties: readonly PartyRef[]; onIssued: (issued: Issued) => void }) {
  const ids = useFieldIds(tokenFieldLabels);
  const fieldIds = { ...ids, role: `${ids.role}-0` };
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [partyId, setPartyId] = useState('');
  const [errors, setErrors] = useState(noFormErrors<TokenField>);
  const [attempt, setAttempt] = useState(0);
  const create = useCreateToken();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (!role) {
      setErrors({ fields: { role: `${tokenFieldLabels.role}: må velges` }, general: [] });
      return;
    }
    const party = role === 'REPORTER' ? parseWholeNumber(partyId) : null;
    create.mutate(
      { name, role, ...(party === null ? {} : { partyId: party }) },
      {
        onSuccess: (issued) => {
          setErrors(noFormErrors());
          setName('');
          setRole('');
          setPartyId('');
          onIssued(issued);
        },
        onError: (error) => setErrors(formErrorsFromError(error, tokenFieldLabels)),
      },
    );
  };

  return (
    <section className="page-section" aria-labelledby={`${ids.name}-heading`}>
      <Heading level={2} data-size="sm" id={`${ids.name}-heading`}>
        Nytt API-token
      </Heading>
      <FormErrorSummary errors={errors} fieldIds={fieldIds} heading="Vi kunne ikke lage tokenet" attempt={attempt} />
      <form className="form" onSubmit={submit} noValidate>
        <Textfield
          id={fieldIds.name}
          label={tokenFieldLabels.name}
          description="Systemet som skal bruke tokenet, f.eks. «Kommunens intranett». Vises som forfatter av rapportene det skriver."
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errors.fields.name}
        />
        <Fieldset>
          <Fieldset.Legend>{tokenFieldLabels.role}</Fieldset.Legend>
          <Fieldset.Description>Gi tokenet ikke mer tilgang enn systemet trenger.</Fieldset.Description>
          {accountRoles.map((option, index) => (
            <Radio
              key={option}
              id={`${ids.role}-${index}`}
              name={ids.role}
              value={option}
              label={accountRoleLabels[option]}
              checked={role === option}
              onChange={() => setRole(option)}
            />
          ))}
          {errors.fields.role && <ValidationMessage>{errors.fields.role}</ValidationMessage>}
        </Fieldset>
        {role === 'REPORTER' && (
          <Field>
            <Label htmlFor={fieldIds.partyId}>{tokenFieldLabels.partyId}</Label>
            <Select
              id={fieldIds.partyId}
              value={partyId}
              onChange={(event) => setPartyId(event.target.value)}
              aria-invalid={errors.fields.partyId ? true : undefined}
            >
              <Select.Option value="">Velg ansvarlig</Select.Option>
              {parties.map((party) => (
                <Select.Option key={party.id} value={String(party.id)}>
                  {party.name}
                </Select.Option>
              ))}
            </Select>
            {errors.fields.partyId && <ValidationMessage>{errors.fields.partyId}</ValidationMessage>}
          </Field>
        )}
        <div className="form-actions">
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Lager token …' : 'Lag token'}
          </Button>
        </div>
      </form>
    </section>
  );
}

function TokenStatus({ token }: { token: ApiToken }) {
  if (token.revokedAt) {
    return (
      <Tag data-color="neutral" data-size="sm">
        Trukket tilbake {formatDateTime(token.revokedAt)}
      </Tag>
    );
  }
  return (
    <Tag data-color="success" data-size="sm">
      Aktivt
    </Tag>
  );
}

function TokenTable({ tokens, onRevoke }: { tokens: readonly ApiToken[]; onRevoke: (token: ApiToken) => void }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="API-tokens (rull sideveis)">
      <Table>
        <caption className="visually-hidden">API-tokens, nyeste først</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Navn</Table.HeaderCell>
            <Table.HeaderCell>Begynner med</Table.HeaderCell>
            <Table.HeaderCell>Rolle</Table.HeaderCell>
            <Table.HeaderCell>Utstedt</Table.HeaderCell>
            <Table.HeaderCell>Sist brukt</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="visually-hidden">Handlinger</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {tokens.map((token) => (
            <Table.Row key={token.id}>
              <Table.Cell>{token.name}</Table.Cell>
              <Table.Cell>
                <code>{token.prefix}</code>
              </Table.Cell>
              <Table.Cell>
                {accountRoleLabels[token.role]}
                {token.party && ` for ${token.party.name}`}
              </Table.Cell>
              <Table.Cell>
                {formatDateTime(token.createdAt)} av {token.createdBy}
              </Table.Cell>
              <Table.Cell>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Aldri'}</Table.Cell>
              <Table.Cell>
                <TokenStatus token={token} />
              </Table.Cell>
              <Table.Cell>
                {!token.revokedAt && (
                  <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => onRevoke(token)}>
                    Trekk tilbake <span className="visually-hidden">{token.name}</span>
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

export function TokensPage({ parties }: { parties: readonly PartyRef[] }) {
  const { data: tokens } = useTokens();
  const [issued, setIssued] = useState<Issued | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const revoke = useRevokeToken();
  useDocumentTitle('API-tokens');

  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, { onSettled: () => setRevoking(null) });
  };

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        API-tokens
      </Heading>
      <Paragraph>
        Andre systemer bruker API-tokens for å lese og skrive gjennom API-et, med rollen tokenet har fått. Et token
        som er trukket tilbake, virker ikke lenger.
      </Paragraph>

      {issued ? (
        <IssuedToken issued={issued} onDone={() => setIssued(null)} />
      ) : (
        <NewTokenForm parties={parties} onIssued={setIssued} />
      )}

      <section className="page-section">
        <Heading level={2} data-size="sm">
          Utstedte tokens
        </Heading>
        {revoke.isError && (
          <Alert data-color="danger">
            <Paragraph>{problemMessage(revoke.error)}</Paragraph>
          </Alert>
        )}
        {tokens.length > 0 ? (
          <TokenTable tokens={tokens} onRevoke={setRevoking} />
        ) : (
          <Paragraph>Ingen tokens er utstedt ennå.</Paragraph>
        )}
      </section>

      <ConfirmDialog
        open={revoking !== null}
        heading={`Trekke tilbake «${revoking?.name ?? ''}»?`}
        confirmLabel="Trekk tilbake"
        busy={revoke.isPending}
        onConfirm={confirmRevoke}
        onCancel={() => setRevoking(null)}
      >
        Systemer som bruker tokenet, får avvist alle forespørsler fra nå av. Dette kan ikke angres.
      </ConfirmDialog>
    </div>
  );
}
