import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <Alert data-color="info" className="empty-state">
      <Paragraph>{children}</Paragraph>
      {action}
    </Alert>
  );
}
