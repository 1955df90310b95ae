export const reviewKeys = {
  all: ['review'] as const,
  waiting: () => [...reviewKeys.all, 'waiting'] as const,
  mine: () => [...reviewKeys.all, 'mine'] as const,
};
