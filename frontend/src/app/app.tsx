import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router/dom';

import { forgetFirstAnswers } from '../lib/api/first-answers';
import { AppProvider } from './provider';
import { createAppQueryClient } from './query-client';
import { createAppRouter } from './router';

export function App() {
  const [queryClient] = useState(createAppQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  // The answers written into index.html belong to the page it was served for.
  useEffect(() => {
    const first = router.state.location;
    return router.subscribe((state) => {
      if (state.location.pathname !== first.pathname || state.location.search !== first.search) forgetFirstAnswers();
    });
  }, [router]);
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
