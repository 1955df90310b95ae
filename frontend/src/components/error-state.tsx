import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';

import { isProblemError, NETWORK_FAILURE_MESSAGE } from '../lib/api/problem';
import { useDocumentTitle } from '../lib/use-document-title';

function describe(error: unknown): string {
  if (isProblemError(error)) {
    return error.detail ? `${error.title}: ${error.detail} (${error.status})` : `${error.title} (${error.status})`;
  }
  return NETWORK_FAILURE_MESSAGE;
}

type ErrorStateProps = {
  error: unknown;
  onRetry?: () => void;
};

export function ErrorState({ error, onRetry }: ErrorStateProps) {
  useDocumentTitle('Noe gikk galt');
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Noe gikk galt
      </Heading>
      <Alert data-color="danger">
        <Heading level={2} data-size="xs">
          Vi kunne ikke hente innholdet
        </Heading>
        <Paragraph>{describe(error)}</Paragraph>
      </Alert>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          Prøv igjen
        </Button>
      )}
    </div>
  );
}
