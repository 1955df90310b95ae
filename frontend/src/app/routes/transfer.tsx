import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';

import { canEditPlan } from '../../features/auth/permissions';
import { ImportPage } from '../../features/transfer/components/import-page';
import { requireUser } from './guards';

/* Downloading and importing the plan file (editors and admins; the import itself needs the editor role). */

export const importerLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, canEditPlan);
    return null;
  };

export function ImporterRoute() {
  return <ImportPage />;
}
