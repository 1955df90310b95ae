import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';

import type { IssuedToken as Issued } from '../../../lib/api/types';

/**
 * The secret of a newly issued token, shown this once: only its hash is stored. The user copies it into the
 * other system now, or revokes the token and issues a new one.
 */
export function IssuedToken({ issued, onDone }: { issued: Issued; onDone: () => void }) {
  const fieldId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copyStatus, setCopyStatus] = useState('');
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.secret);
      setCopyStatus('Hemmeligheten er kopiert.');
    } catch {
      const field = document.getElementById(fieldId);
      if (field instanceof HTMLInputElement) field.select();
      setCopyStatus('Kunne ikke kopiere automatisk. Teksten er merket: kopier den med Ctrl+C (⌘C på Mac).');
    }
  };

  return (
    <Alert data-color="warning" className="issued-token">
      <Heading level={2} data-size="xs" ref={heading} tabIndex={-1}>
        Kopier hemmeligheten til «{issued.token.name}» nå
      </Heading>
      <Paragraph>
        Den vises bare denne ene gangen. Planstatus lagrer bare et fingeravtrykk av den, så den kan ikke hentes
        fram igjen. Mister du den, må du trekke tilbake tokenet og lage et nytt.
      </Paragraph>
      <Textfield
        id={fieldId}
        label="Hemmelighet"
        description="Sendes som Authorization: Bearer <hemmelighet>."
        readOnly
        value={issued.secret}
        className="secret-field"
        onFocus={(event) => event.target.select()}
      />
      <div className="form-actions">
        <Button onClick={() => void copy()}>Kopier hemmeligheten</Button>
        <Button variant="secondary" onClick={onDone}>
          Jeg har tatt vare på den
        </Button>
      </div>
      <Paragraph role="status" data-size="sm">
        {copyStatus}
      </Paragraph>
    </Alert>
  );
}
