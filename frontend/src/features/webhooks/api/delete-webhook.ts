import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '../../../lib/api/client';
import { invalidateAfterChange } from '../../../lib/query-client';
import { webhookKeys } from './query-keys';

/** Webhooks are never edited, so deleting needs no version. Its delivery log goes with it. */
export async function deleteWebhook(webhookId: number): Promise<void> {
  await apiClient.DELETE('/api/v1/webhooks/{id}', { params: { path: { id: webhookId } } });
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWebhook,
    onSuccess: (_, webhookId) => {
      queryClient.removeQueries({ queryKey: webhookKeys.detail(webhookId) });
      return invalidateAfterChange(queryClient);
    },
  });
}
