import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { WebhookDelivery } from '../../../lib/api/types';
import { webhookKeys } from './query-keys';

type Resend = { webhookId: number; deliveryId: number };

/** «Send på nytt»: queues one new attempt of a delivery that has failed for good; answers with that attempt. */
export async function resendWebhookDelivery({ webhookId, deliveryId }: Resend): Promise<WebhookDelivery> {
  return requireData(
    await apiClient.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/resend', {
      params: { path: { id: webhookId, deliveryId } },
    }),
  );
}

export function useResendWebhookDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendWebhookDelivery,
    onSuccess: (_, { webhookId }) => queryClient.invalidateQueries({ queryKey: webhookKeys.detail(webhookId) }),
  });
}
