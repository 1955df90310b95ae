export const webhookKeys = {
  all: ['webhooks'] as const,
  list: () => [...webhookKeys.all, 'list'] as const,
  detail: (webhookId: number) => [...webhookKeys.all, 'detail', webhookId] as const,
  deliveries: (webhookId: number) => [...webhookKeys.detail(webhookId), 'deliveries'] as const,
};
