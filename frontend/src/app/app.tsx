import type { QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';

import { forgetFirstAnswers } from '../lib/api/first-answers';
import { AppProvider } from './provider';
import { createAppQueryClient } from './query-client';
import { createAppRouter } from './router';

type AppRouter = ReturnType<typeof createAppRouter>;

/** The app's query client and router, made once per page load (before the first render: see main.tsx). */
export function createApp(): { queryClient: QueryClient; router: AppRouter } {
  const queryClient = createAppQueryClient();
  const router = createAppRouter(queryClient);
  // The answers written into index.html belong to the page it was served for.
  const first = router.state.location;
  router.subscribe((state) => {
    if (state.location.pathname !== first.pathname || state.location.search !== first.search) forgetFirstAnswers();
  });
  return { queryClient, router };
}

/**
 * Resolves when the first page's loaders are done, or after `waitMs`, whichever is first: a page whose data came
 * with index.html is then drawn in one go instead of «Laster …» first; any other shows «Laster …» after a moment.
 */
export function firstPageReady(router: AppRouter, waitMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) {
      resolve();
      return;
    }
    const timer = setTimeout(done, waitMs);
    const unsubscribe = router.subscribe((state) => {
      if (state.initialized) done();
    });
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
}

export function App({ queryClient, router }: { queryClient: QueryClient; router: AppRouter }) {
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
