export const goalKeys = {
  all: ['goals'] as const,
  details: () => [...goalKeys.all, 'detail'] as const,
  detail: (goalId: number) => [...goalKeys.details(), goalId] as const,
};
