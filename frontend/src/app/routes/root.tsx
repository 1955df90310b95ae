import { Suspense, useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';

import { AppLayout, focusMainHeading, type NavigationItem } from '../../components/layout/app-layout';
import { Loading } from '../../components/loading';
import { routePaths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { AccountMenu } from '../../features/auth/components/account-menu';
import { canEditPlan, isAdmin } from '../../features/auth/permissions';

const adminNavigation: readonly NavigationItem[] = [
  { to: routePaths.accounts(), label: 'Brukere' },
  { to: routePaths.tokens(), label: 'API-tokens' },
  { to: routePaths.webhooks(), label: 'Webhooks' },
  { to: routePaths.auditEvents(), label: 'Endringer' },
];

/** Editors review what reporters submit; everyone signed in sees their own reports that are not approved. */
const reviewNavigation: readonly NavigationItem[] = [{ to: routePaths.review(), label: 'Til godkjenning' }];
const myReportsNavigation: readonly NavigationItem[] = [{ to: routePaths.myReports(), label: 'Mine rapporter' }];

/** Moves focus to the new page's heading after client-side navigation (not on first load, not on filter changes). */
function useFocusOnPageChange() {
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    focusMainHeading();
  }, [pathname]);
}

export function RootLayout() {
  const navigation = useNavigation();
  const { data: user } = useMe();
  useFocusOnPageChange();
  return (
    <>
      <AppLayout
        busy={navigation.state === 'loading'}
        extraNavigation={[
          ...(canEditPlan(user) ? reviewNavigation : []),
          ...(user ? myReportsNavigation : []),
          ...(isAdmin(user) ? adminNavigation : []),
        ]}
        account={<AccountMenu />}
      >
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppLayout>
      <ScrollRestoration />
    </>
  );
}
