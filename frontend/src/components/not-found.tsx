import { Heading, Paragraph } from '@digdir/designsystemet-react';

import { routePaths } from '../config/paths';
import { useDocumentTitle } from '../lib/use-document-title';
import { AppLink } from './app-link';

export function NotFound() {
  useDocumentTitle('Fant ikke siden');
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Fant ikke siden
      </Heading>
      <Paragraph>Vi finner ikke det du leter etter. Lenken kan være feil, eller innholdet kan være fjernet.</Paragraph>
      <Paragraph>
        <AppLink to={routePaths.home()}>Gå til handlingsplanen</AppLink>
      </Paragraph>
    </div>
  );
}
