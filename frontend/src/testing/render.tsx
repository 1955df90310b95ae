import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
}

type RenderPageOptions = {
  /** The route pattern the element is mounted at, e.g. "/mal/:goalId". */
  path?: string;
  url?: string;
  queryClient?: QueryClient;
};

/**
 * Renders one page inside a memory router and a QueryClient the test fills with setQueryData, so the page
 * shows cached data without a server.
 */
export function renderPage(element: ReactElement, options: RenderPageOptions = {}) {
  const { path = '/', url = path, queryClient = createTestQueryClient() } = options;
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <p>Annen side</p> },
    ],
    { initialEntries: [url] },
  );
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}
