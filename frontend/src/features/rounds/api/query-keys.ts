export const roundKeys = {
  all: ['rounds'] as const,
  list: () => [...roundKeys.all, 'list'] as const,
  proposal: (periodId: number | null) => [...roundKeys.all, 'proposal', periodId] as const,
  detail: (roundId: number) => [...roundKeys.all, 'detail', roundId] as const,
  progress: (roundId: number) => [...roundKeys.detail(roundId), 'progress'] as const,
  obligations: () => ['me', 'obligations'] as const,
};
