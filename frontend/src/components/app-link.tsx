import { Link as DsLink } from '@digdir/designsystemet-react';
import type { ComponentProps } from 'react';
import { Link as RouterLink } from 'react-router';

type AppLinkProps = ComponentProps<typeof RouterLink>;

/** A client-side route link with Designsystemet's link styling; renders a real <a href>. */
export function AppLink({ children, ...props }: AppLinkProps) {
  return (
    <DsLink asChild>
      <RouterLink {...props}>{children}</RouterLink>
    </DsLink>
  );
}
