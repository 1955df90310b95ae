import type { QueryClient } from '@tanstack/react-query';
import { useLoaderData, useSearchParams, type LoaderFunctionArgs } from 'react-router';

import { accountQueryOptions } from '../../features/accounts/api/get-account';
import { accountsQueryOptions } from '../../features/accounts/api/get-accounts';
import { AccountsPage } from '../../features/accounts/components/accounts-page';
import { CreateAccountPage } from '../../features/accounts/components/create-account-page';
import { EditAccountPage } from '../../features/accounts/components/edit-account-page';
import { auditEventsQueryOptions } from '../../features/audit/api/get-audit-events';
import { AuditPage } from '../../features/audit/components/audit-page';
import { auditQueryFrom, auditSearchParams } from '../../features/audit/filters';
import { isAdmin } from '../../features/auth/permissions';
import { partiesQueryOptions, useParties } from '../../features/parties/api/get-parties';
import { tokensQueryOptions } from '../../features/tokens/api/get-tokens';
import { TokensPage } from '../../features/tokens/components/tokens-page';
import { webhookQueryOptions } from '../../features/webhooks/api/get-webhook';
import { webhookDeliveriesQueryOptions } from '../../features/webhooks/api/get-webhook-deliveries';
import { webhooksQueryOptions } from '../../features/webhooks/api/get-webhooks';
import { WebhookPage } from '../../features/webhooks/components/webhook-page';
import { WebhooksPage } from '../../features/webhooks/components/webhooks-page';
import { requireUser } from './guards';
import { requireId } from './route-params';

/* Pages for admins only: accounts, API tokens, webhooks and the audit trail. */

export const accountsLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, isAdmin);
    await queryClient.fetchQuery(accountsQueryOptions());
    return null;
  };

export function AccountsRoute() {
  return <AccountsPage />;
}

export const newAccountLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, isAdmin);
    await queryClient.fetchQuery(partiesQueryOptions());
    return null;
  };

export function NewAccountRoute() {
  const { data: parties } = useParties();
  return <CreateAccountPage parties={parties} />;
}

export const accountLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const accountId = requireId(params.accountId);
    await requireUser(queryClient, request, isAdmin);
    await Promise.all([
      queryClient.fetchQuery({ ...accountQueryOptions(accountId), staleTime: 0 }),
      queryClient.fetchQuery(partiesQueryOptions()),
    ]);
    return { accountId };
  };

export function AccountRoute() {
  const { accountId } = useLoaderData<ReturnType<typeof accountLoader>>();
  const { data: parties } = useParties();
  return <EditAccountPage key={accountId} accountId={accountId} parties={parties} />;
}

export const tokensLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, isAdmin);
    await Promise.all([
      queryClient.fetchQuery(tokensQueryOptions()),
      queryClient.fetchQuery(partiesQueryOptions()),
    ]);
    return null;
  };

export function TokensRoute() {
  const { data: parties } = useParties();
  return <TokensPage parties={parties} />;
}

export const webhooksLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, isAdmin);
    await queryClient.fetchQuery(webhooksQueryOptions());
    return null;
  };

export function WebhooksRoute() {
  return <WebhooksPage />;
}

/** Deliveries happen in the background, so the log is always fetched anew when the page opens. */
export const webhookLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const webhookId = requireId(params.webhookId);
    await requireUser(queryClient, request, isAdmin);
    await Promise.all([
      queryClient.fetchQuery({ ...webhookQueryOptions(webhookId), staleTime: 0 }),
      queryClient.fetchQuery({ ...webhookDeliveriesQueryOptions(webhookId), staleTime: 0 }),
    ]);
    return { webhookId };
  };

export function WebhookRoute() {
  const { webhookId } = useLoaderData<ReturnType<typeof webhookLoader>>();
  return <WebhookPage key={webhookId} webhookId={webhookId} />;
}

export const auditLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, isAdmin);
    await queryClient.fetchQuery(auditEventsQueryOptions(auditQueryFrom(new URL(request.url).searchParams)));
    return null;
  };

export function AuditRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  return (
    <AuditPage
      query={auditQueryFrom(searchParams)}
      onFilter={(filter) => setSearchParams(auditSearchParams(filter))}
    />
  );
}
