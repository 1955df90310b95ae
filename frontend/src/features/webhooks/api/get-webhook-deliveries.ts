import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { WebhookDelivery } from '../../../lib/api/types';
import { webhookKeys } from './query-keys';

/** Every delivery attempt, newest first (the server keeps at most the 200 newest). */
export async function getWebhookDeliveries(webhookId: number): Promise<WebhookDelivery[]> {
  const { items } = requireData(
    await apiClient.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id: webhookId } } }),
  );
  return items;
}

export const webhookDeliveriesQueryOptions = (webhookId: number) =>
  queryOptions({
    queryKey: webhookKeys.deliveries(webhookId),
    queryFn: () => getWebhookDeliveries(webhookId),
  });

export function useWebhookDeliveries(webhookId: number) {
  return useSuspenseQuery(webhookDeliveriesQueryOptions(webhookId));
}
