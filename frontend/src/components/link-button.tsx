import { Button } from '@digdir/designsystemet-react';
import type { ComponentProps } from 'react';
import { Link as RouterLink } from 'react-router';

type LinkButtonProps = ComponentProps<typeof RouterLink> & { variant?: 'primary' | 'secondary' | 'tertiary' };

/** Navigation that looks like an action (e.g. «Rediger tiltak»): a real link, styled as a button. */
export function LinkButton({ variant = 'secondary', children, ...props }: LinkButtonProps) {
  return (
    <Button asChild variant={variant} data-size="sm">
      <RouterLink {...props}>{children}</RouterLink>
    </Button>
  );
}
