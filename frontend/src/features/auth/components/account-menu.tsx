import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

import { AppLink } from '../../../components/app-link';
import { routePaths } from '../../../config/paths';
import type { SignedIn } from '../../../lib/api/types';
import { accountRoleLabels } from '../../../lib/labels';
import { useMe } from '../api/get-me';
import { useLogout } from '../api/logout';

function describeUser(user: SignedIn): string {
  const role = accountRoleLabels[user.role];
  return user.party ? `${role}, ${user.party.name}` : role;
}

/** The header's corner: who is signed in and «Logg ut», or «Logg inn» for everyone else. */
export function AccountMenu() {
  const { data: user, isPending } = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [announcement, setAnnouncement] = useState('');

  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: () => {
        setAnnouncement('Du er logget ut.');
        navigate(routePaths.home());
      },
    });

  let content = null;
  if (user) {
    content = (
      <>
        <span>
          Innlogget som <strong>{user.displayName}</strong> <span className="muted">({describeUser(user)})</span>
        </span>
        <Button variant="secondary" data-size="sm" onClick={signOut} disabled={logout.isPending}>
          Logg ut
        </Button>
      </>
    );
  } else if (!isPending && pathname !== routePaths.login()) {
    content = <AppLink to={routePaths.login(`${pathname}${search}`)}>Logg inn</AppLink>;
  }

  return (
    <div className="account-menu">
      {content}
      {/* Present before it changes, so screen readers announce the sign-out. */}
      <span role="status" className="visually-hidden">
        {user ? '' : announcement}
      </span>
    </div>
  );
}
