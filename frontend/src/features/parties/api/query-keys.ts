export const partyKeys = {
  all: ['parties'] as const,
  list: () => [...partyKeys.all, 'list'] as const,
  details: () => [...partyKeys.all, 'detail'] as const,
  detail: (partyId: number) => [...partyKeys.details(), partyId] as const,
  contact: (partyId: number) => [...partyKeys.detail(partyId), 'contact'] as const,
};
