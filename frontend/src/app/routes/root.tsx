import { Suspense, useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';

import { AppLayout, focusMainHeading } from '../../components/layout/app-layout';
import { Loading } from '../../components/loading';

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
  useFocusOnPageChange();
  return (
    <>
      <AppLayout busy={navigation.state === 'loading'}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppLayout>
      <ScrollRestoration />
    </>
  );
}
