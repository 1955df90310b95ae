import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { Webhook } from '../../../lib/api/types';
import { webhookKeys } from './query-keys';

export async function getWebhook(webhookId: number): Promise<Webhook> {
  return requireData(
    await apiClient.GET('/api/v1/webhooks/{id}', { params: { path: { id: webhookId } } }),
  );
}

export const webhookQueryOptions = (webhookId: number) =>
  queryOptions({
    queryKey: webhookKeys.detail(webhookId),
    queryFn: () => getWebhook(webhookId),
  });

export function useWebhook(webhookId: number) {
  return useSuspenseQuery(webhookQueryOptions(webhookId));
}
