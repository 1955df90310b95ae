import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { ConfirmDialog } from '../../../components/confirm-dialog';
import { routePaths } from '../../../config/paths';
import { problemMessage } from '../../../lib/api/problem';
import { usePublishStatusReport } from '../api/publish-status-report';

type PublishStatusReportProps = { roundId: number; periodLabel: string };

/**
 * «Publiser statusrapport» on a round: a snapshot of the plan for the round's period that never changes, at a
 * public address. A period has one report; after that only a correction makes a new version (the API says 409).
 */
export function PublishStatusReport({ roundId, periodLabel }: PublishStatusReportProps) {
  const navigate = useNavigate();
  const publish = usePublishStatusReport();
  const [confirming, setConfirming] = useState(false);
  const [title, setTitle] = useState('');
  const defaultTitle = `Statusrapport pr. ${periodLabel}`;

  const onConfirm = () => {
    const chosen = title.trim();
    publish.mutate(
      { roundId, ...(chosen ? { title: chosen } : {}) },
      {
        onSuccess: (report) => navigate(routePaths.statusReport(report.id)),
        onSettled: () => setConfirming(false),
      },
    );
  };

  return (
    <section className="page-section">
      {publish.isError && (
        <Alert data-color="danger">
          <Paragraph>{problemMessage(publish.error)}</Paragraph>
        </Alert>
      )}
      <Button
        variant="secondary"
        onClick={() => {
          publish.reset();
          setConfirming(true);
        }}
      >
        Publiser statusrapport
      </Button>
      <ConfirmDialog
        open={confirming}
        heading={`Publisere statusrapporten for ${periodLabel}?`}
        confirmLabel="Publiser"
        busy={publish.isPending}
        onConfirm={onConfirm}
        onCancel={() => setConfirming(false)}
      >
        <Paragraph>
          Rapporten tar med planens tekster, ansvar og de godkjente rapportene slik de er nå, og endres ikke senere.
          Den får en fast, offentlig adresse.
        </Paragraph>
        <Textfield
          label="Tittel (valgfritt)"
          description={`Står feltet tomt, blir tittelen «${defaultTitle}».`}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
      </ConfirmDialog>
    </section>
  );
}
