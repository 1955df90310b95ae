import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { Webhook } from '../../../lib/api/types';
import { webhookKeys } from './query-keys';

/** Registered webhooks, newest first, each with its newest delivery attempt; never their secrets. */
export async function getWebhooks(): Promise<Webhook[]> {
  const { items } = requireData(await apiClient.GET('/api/v1/webhooks'));
  return items;
}

export const webhooksQueryOptions = () =>
  queryOptions({
    queryKey: webhookKeys.list(),
    queryFn: getWebhooks,
  });

export function useWebhooks() {
  return useSuspenseQuery(webhooksQueryOptions());
}
