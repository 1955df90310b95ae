import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

import type { AuditEvent } from '../lib/api/types';
import { describeChange, shownChanges } from '../lib/format/changes';
import { formatDateTime } from '../lib/format/date';

type ChangeLogProps = {
  events: readonly AuditEvent[];
  /** Accessible name of the list, e.g. «Endringslogg, nyeste først». */
  label: string;
  /** Heading level of each change inside the page. */
  headingLevel?: 2 | 3 | 4;
  /** Extra line per change, e.g. which measure it concerns. */
  context?: (event: AuditEvent) => ReactNode;
};

function actor(event: AuditEvent): string {
  if (event.actorType === 'TOKEN') return `${event.actorName} (API-token)`;
  if (event.actorType === 'SYSTEM') return 'Planstatus';
  return event.actorName;
}

/** Who changed what and when, newest first: each changed field with its value before and after. */
export function ChangeLog({ events, label, headingLevel = 3, context }: ChangeLogProps) {
  return (
    <ol className="change-log" aria-label={label}>
      {events.map((event) => {
        const changes = shownChanges(event.changes);
        const single = event.action !== 'UPDATE';
        return (
          <li key={event.id}>
            <Card data-color="neutral" className="change">
              <Heading level={headingLevel} data-size="2xs">
                {describeChange(event)}
              </Heading>
              <Paragraph data-size="sm" className="muted">
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time> av {actor(event)}
                {event.clientAddress ? ` fra ${event.clientAddress}` : null}
              </Paragraph>
              {context?.(event)}
              {changes.length > 0 && (
                <dl className="change__fields">
                  {changes.map(({ field, label: fieldLabel, before, after }) => (
                    <div key={field}>
                      <dt>{fieldLabel}</dt>
                      {single ? (
                        <dd>{event.action === 'DELETE' ? before : after}</dd>
                      ) : (
                        <dd>
                          <span className="visually-hidden">Før: </span>
                          <span className="change__before">{before}</span>
                          <span aria-hidden="true"> → </span>
                          <span className="visually-hidden">. Etter: </span>
                          <span className="change__after">{after}</span>
                        </dd>
                      )}
                    </div>
                  ))}
                </dl>
              )}
            </Card>
          </li>
        );
      })}
    </ol>
  );
}
