import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';

import { canEditPlan } from '../../features/auth/permissions';
import { myReportsQueryOptions } from '../../features/review/api/get-my-reports';
import { reportsForReviewQueryOptions } from '../../features/review/api/get-reports-for-review';
import { MyReportsPage } from '../../features/review/components/my-reports-page';
import { ReviewPage } from '../../features/review/components/review-page';
import { requireUser } from './guards';

/** Editors approve or send back what reporters have submitted. */
export const reviewLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, canEditPlan);
    await queryClient.fetchQuery({ ...reportsForReviewQueryOptions(), staleTime: 0 });
    return null;
  };

export function ReviewRoute() {
  return <ReviewPage />;
}

/** Anyone signed in who writes reports. */
export const myReportsLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request);
    await queryClient.fetchQuery({ ...myReportsQueryOptions(), staleTime: 0 });
    return null;
  };

export function MyReportsRoute() {
  return <MyReportsPage />;
}
