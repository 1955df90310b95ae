export const planKeys = {
  all: ['strategic-plans'] as const,
  current: () => [...planKeys.all, 'current'] as const,
};
