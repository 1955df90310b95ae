import { Suspense, useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';

import { AppLayout, focusMainHeading, type NavigationItem } from '../../components/layout/app-layout';
import { Loading } from '../../components/loading';
import { routePaths } from '../../config/paths';
import { useMe } from '../../features/auth/api/get-me';
import { AccountMenu } from '../../features/auth/components/account-menu';
import { canEditPlan, isAdmin } from '../../features/auth/permissions';
import type { SignedIn } from '../../lib/api/types';

const adminNavigation: readonly NavigationItem[] = [
  { to: routePaths.accounts(), label: 'Brukere' },
  { to: routePaths.tokens(), label: 'API-tokens' },
  { to: routePaths.webhooks(), label: 'Webhooks' },
  { to: routePaths.auditEvents(), label: 'Endringer' },
];

/** Editors review what reporters submit; everyone signed in sees their own reports that are not approved. */
const reviewNavigation: readonly NavigationItem[] = [{ to: routePaths.review(), label: 'Til godkjenning' }];
const myReportsNavigation: readonly NavigationItem[] = [{ to: routePaths.myReports(), label: 'Mine rapporter' }];
const editorNavigation: readonly NavigationItem[] = [
  { to: routePaths.rounds(), label: 'Rapporteringsrunder' },
  ...reviewNavigation,
  { to: routePaths.importer(), label: 'Import og eksport' },
];

const reporterNavigation: readonly NavigationItem[] = [{ to: routePaths.myMeasures(), label: 'Mine tiltak' }];

/** The pages after the public ones: what the signed-in user works with. */
export function navigationFor(user: SignedIn | null | undefined): readonly NavigationItem[] {
  if (!user) return [];
  if (user.role === 'REPORTER') return [...reporterNavigation, ...myReportsNavigation];
  return [
    ...(canEditPlan(user) ? editorNavigation : []),
    ...myReportsNavigation,
    ...(isAdmin(user) ? adminNavigation : []),
  ];
}

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
        extraNavigation={navigationFor(user)}
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
