import { Heading, Paragraph } from '@digdir/designsystemet-react';

import { routePaths } from '../config/paths';
import { useDocumentTitle } from '../lib/use-document-title';
import { AppLink } from './app-link';

export function Forbidden() {
  useDocumentTitle('Ingen tilgang');
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        Ingen tilgang
      </Heading>
      <Paragraph>Brukeren din har ikke tilgang til denne siden. Spør en administrator hvis du trenger tilgang.</Paragraph>
      <Paragraph>
        <AppLink to={routePaths.home()}>Gå til handlingsplanen</AppLink>
      </Paragraph>
    </div>
  );
}
