import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { Webhook, WebhookCreate } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';

/** Registers a webhook; the answer never holds the secret, so nothing secret reaches the query cache. */
export async function createWebhook(input: WebhookCreate): Promise<Webhook> {
  return requireData(await apiClient.POST('/api/v1/webhooks', { body: input }));
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWebhook,
    onSuccess: () => invalidateAfterChange(queryClient),
  });
}
