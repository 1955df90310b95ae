export const reminderKeys = {
  all: ['reminders'] as const,
  log: (roundId: number) => [...reminderKeys.all, 'log', roundId] as const,
  mailStatus: () => [...reminderKeys.all, 'mail-status'] as const,
};
