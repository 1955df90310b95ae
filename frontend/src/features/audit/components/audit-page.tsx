import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';

import { AppLink } from '../../../components/app-link';
import { ChangeLog } from '../../../components/change-log';
import { EmptyState } from '../../../components/empty-state';
import { routePaths } from '../../../config/paths';
import type { AuditEvent, AuditEventQuery } from '../../../lib/api/types';
import { entityTypeLabels } from '../../../lib/format/changes';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAuditEvents } from '../api/get-audit-events';
import { AUDIT_PAGE_SIZE, auditEntityTypes } from '../filters';

type AuditPageProps = {
  query: AuditEventQuery;
  onFilter: (filter: { entityType: string; actor: string }) => void;
};

function concerns(event: AuditEvent) {
  if (event.measureId === null || event.measureId === undefined) return null;
  return (
    <Paragraph data-size="sm">
      <AppLink to={routePaths.measure(event.measureId)}>Gå til tiltaket</AppLink>
    </Paragraph>
  );
}

/** Every change anyone made, newest first, for admins to follow up. */
export function AuditPage({ query, onFilter }: AuditPageProps) {
  const { data: events } = useAuditEvents(query);
  const id = useId();
  const [entityType, setEntityType] = useState(query.entityType ?? '');
  const [actor, setActor] = useState(query.actor ?? '');
  useDocumentTitle('Endringer');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onFilter({ entityType, actor });
  };

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Endringer
      </Heading>
      <Paragraph>Alt som er endret i Planstatus, av hvem og når, nyeste først.</Paragraph>
      <form className="measure-filters" role="search" aria-label="Filtrer endringer" onSubmit={submit}>
        <div className="measure-filters__fields">
          <Field>
            <Label htmlFor={`${id}-type`}>Hva er endret</Label>
            <Select id={`${id}-type`} value={entityType} onChange={(event) => setEntityType(event.target.value)}>
              <Select.Option value="">Alt</Select.Option>
              {auditEntityTypes.map((type) => (
                <Select.Option key={type} value={type}>
                  {entityTypeLabels[type]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            id={`${id}-actor`}
            label="Endret av"
            description="Hele eller deler av navnet"
            value={actor}
            onChange={(event) => setActor(event.target.value)}
          />
        </div>
        <div className="measure-filters__summary">
          <Button type="submit" variant="secondary">
            Vis endringer
          </Button>
          <p className="measure-filters__count" role="status">
            {events.length === AUDIT_PAGE_SIZE
              ? `Viser de ${AUDIT_PAGE_SIZE} siste endringene`
              : `Viser ${events.length} ${events.length === 1 ? 'endring' : 'endringer'}`}
          </p>
        </div>
      </form>
      {events.length > 0 ? (
        <ChangeLog events={events} label="Endringer, nyeste først" headingLevel={2} context={concerns} />
      ) : (
        <EmptyState>Ingen endringer passer filteret.</EmptyState>
      )}
    </div>
  );
}
