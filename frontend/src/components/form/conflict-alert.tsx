import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';

export type ConflictValue = {
  label: string;
  /** The value as it is on the server now, shown as written. */
  current: string;
  /** Whether it differs from what the user has in the form. */
  changed: boolean;
};

type ConflictAlertProps = {
  /** What was edited, in the definite form: «tiltaket», «målet». */
  what: string;
  values: readonly ConflictValue[];
  busy: boolean;
  onUseMine: () => void;
  onDiscardMine: () => void;
};

/**
 * Someone else saved a newer version while the user edited (412). Nothing the user typed is lost: the form
 * keeps it, and they choose between saving it over the newer version or taking the newer version instead.
 */
export function ConflictAlert({ what, values, busy, onUseMine, onDiscardMine }: ConflictAlertProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <Alert data-color="warning" className="conflict">
      <Heading level={2} data-size="xs" ref={heading} tabIndex={-1}>
        Noen andre har endret {what} mens du redigerte
      </Heading>
      <Paragraph>
        Endringene dine er ikke lagret, men de står fortsatt i skjemaet. Slik ser {what} ut nå:
      </Paragraph>
      <dl className="conflict__values">
        {values.map(({ label, current, changed }) => (
          <div key={label}>
            <dt>
              {label}
              {changed && <span className="conflict__changed"> (ulikt det du har skrevet)</span>}
            </dt>
            <dd>{current}</dd>
          </div>
        ))}
      </dl>
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
