import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';

import { problemMessage } from '../lib/api/problem';
import { ConfirmDialog } from './confirm-dialog';

type DeleteSectionProps = {
  /** «Slett tiltaket» */
  heading: string;
  /** When deleting is refused, e.g. «Et tiltak med statusrapporter kan ikke slettes.» */
  description: string;
  /**
   * Why deleting cannot succeed now, when the page knows: «Tiltaket har statusrapporter …». Then the section
   * says so and offers no button, rather than a confirmation that ends in a refusal.
   */
  blockedBecause?: string | null;
  /** «Slett tiltak» */
  buttonLabel: string;
  confirmHeading: string;
  confirmText: string;
  busy: boolean;
  /** The failure of the last attempt, or null. */
  error: unknown;
  /** Deletes; calls `done` when the request has finished either way. */
  onDelete: (done: () => void) => void;
};

/** Deleting, at the end of an edit page, only after the user confirms in a dialog, and only where it can succeed. */
export function DeleteSection({
  heading,
  description,
  blockedBecause,
  buttonLabel,
  confirmHeading,
  confirmText,
  busy,
  error,
  onDelete,
}: DeleteSectionProps) {
  const headingId = useId();
  return (
    <section className="page-section danger-zone" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {heading}
      </Heading>
      {blockedBecause ? (
        <Paragraph>{blockedBecause}</Paragraph>
      ) : (
        <DeleteAction
          description={description}
          buttonLabel={buttonLabel}
          confirmHeading={confirmHeading}
          confirmLabel={heading}
          confirmText={confirmText}
          busy={busy}
          error={error}
          onDelete={onDelete}
        />
      )}
    </section>
  );
}

type DeleteActionProps = Omit<DeleteSectionProps, 'heading' | 'blockedBecause'> & { confirmLabel: string };

function DeleteAction({
  description,
  buttonLabel,
  confirmHeading,
  confirmLabel,
  confirmText,
  busy,
  error,
  onDelete,
}: DeleteActionProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Paragraph>{description}</Paragraph>
      {error !== null && error !== undefined && (
        <Alert data-color="danger">
          <Paragraph>{problemMessage(error)}</Paragraph>
        </Alert>
      )}
      <div className="form-actions">
        <Button variant="secondary" data-color="danger" onClick={() => setConfirming(true)}>
          {buttonLabel}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        heading={confirmHeading}
        confirmLabel={confirmLabel}
        busy={busy}
        onConfirm={() => onDelete(() => setConfirming(false))}
        onCancel={() => setConfirming(false)}
      >
        {confirmText}
      </ConfirmDialog>
    </>
  );
}
