import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

type ConfirmDialogProps = {
  open: boolean;
  heading: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Asks before something that cannot be undone, such as deleting or revoking. */
export function ConfirmDialog({
  open,
  heading,
  children,
  confirmLabel,
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const headingId = useId();
  return (
    <Dialog open={open} onClose={onCancel} closeButton="Avbryt" aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {heading}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        {typeof children === 'string' ? <Paragraph>{children}</Paragraph> : children}
        <div className="form-actions">
          <Button data-color="danger" onClick={onConfirm} disabled={busy}>
            {confirmLabel}
          </Button>
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            Avbryt
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
