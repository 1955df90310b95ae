import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';

import type { VersionConflict } from '../../lib/forms/use-versioned-edit';

/** One thing the form shows, made of one or more of its values, and how it reads. */
export type ConflictField<V> = {
  label: string;
  fields: readonly (keyof V & string)[];
  show: (values: V) => string;
};

/** A field someone else changed: taken into the form, or also changed by the user (then `mine` is theirs). */
export type ConflictItem = {
  label: string;
  /** The value in the newer version, as it reads. */
  stored: string;
  /** What the user wrote, when they changed it too; null when the form simply took the newer value. */
  mine: string | null;
};

/** The conflict's changed fields, in the order the form shows them. */
export function conflictItems<V>(
  conflict: Pick<VersionConflict<unknown, V>, 'stored' | 'mine' | 'merge'>,
  shown: readonly ConflictField<V>[],
): ConflictItem[] {
  const { takenFromStored, conflicts } = conflict.merge;
  const items: ConflictItem[] = [];
  for (const { label, fields, show } of shown) {
    const both = fields.some((field) => conflicts.includes(field));
    const taken = fields.some((field) => takenFromStored.includes(field));
    if (both) items.push({ label, stored: show(conflict.stored), mine: show(conflict.mine) });
    else if (taken) items.push({ label, stored: show(conflict.stored), mine: null });
  }
  return items;
}

/** A text value as the conflict message shows it. */
export function shownText(value: string): string {
  return value.trim() === '' ? '(tomt)' : value;
}

type ConflictAlertProps = {
  /** What was edited, in the definite form: «tiltaket», «målet». */
  what: string;
  items: readonly ConflictItem[];
  busy: boolean;
  onUseMine: () => void;
  onDiscardMine: () => void;
};

/**
 * Someone else saved a newer version while the user edited (412). Nothing is lost: the form now holds the newer
 * version with the user's own changes on top. Fields only the other person changed are taken in; fields both
 * changed are listed with both values, and the user chooses between saving theirs or taking the newer version.
 */
export function ConflictAlert({ what, items, busy, onUseMine, onDiscardMine }: ConflictAlertProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const bothChanged = items.filter((item) => item.mine !== null);
  const taken = items.filter((item) => item.mine === null);

  return (
    <Alert data-color="warning" className="conflict">
      <Heading level={2} data-size="xs" ref={heading} tabIndex={-1}>
        Noen andre har endret {what} mens du redigerte
      </Heading>
      <Paragraph>Endringene dine er ikke lagret ennå, men de står fortsatt i skjemaet.</Paragraph>
      {taken.length > 0 && (
        <div className="conflict__group">
          <Paragraph>
            Den andre endret felt du ikke har endret. Det nye står nå i skjemaet og blir med når du lagrer:
          </Paragraph>
          <dl className="conflict__values">
            {taken.map(({ label, stored }) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{stored}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {bothChanged.length > 0 ? (
        <div className="conflict__group">
          <Paragraph>
            Dere har begge endret {bothChanged.length === 1 ? 'dette feltet' : 'disse feltene'}. «Bruk mine endringer»
            lagrer ditt, «Forkast mine endringer» tar den nyeste versjonen slik den er:
          </Paragraph>
          <dl className="conflict__values">
            {bothChanged.map(({ label, stored, mine }) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>
                  <span className="conflict__whose">Lagret nå:</span> {stored}
                </dd>
                <dd>
                  <span className="conflict__whose">Ditt:</span> {mine}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : (
        <Paragraph>
          {taken.length > 0
            ? 'Dere har ikke endret de samme feltene, så det du har skrevet, overskriver ikke noe av det den andre endret.'
            : 'Den andre har ikke endret feltene i dette skjemaet.'}
        </Paragraph>
      )}
      <div className="form-actions">
        <Button onClick={onUseMine} disabled={busy}>
          Bruk mine endringer
        </Button>
        <Button variant="secondary" onClick={onDiscardMine} disabled={busy}>
          Forkast mine endringer
        </Button>
      </div>
    </Alert>
  );
}
