export const invitationKeys = {
  all: ['invitations'] as const,
  round: (roundId: number) => [...invitationKeys.all, 'round', roundId] as const,
  /** The holder's own view; the secret stays in memory only, like the page's URL. */
  own: (secret: string) => [...invitationKeys.all, 'own', secret] as const,
};
