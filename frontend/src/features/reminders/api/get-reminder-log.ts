import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { ReminderLogEntry } from '../../../lib/api/types';
import { reminderKeys } from './query-keys';

/** The round's send log, newest first: every reminder (and personal link) sent, or not sent, for it. */
export async function getReminderLog(roundId: number): Promise<ReminderLogEntry[]> {
  const { items } = requireData(
    await apiClient.GET('/api/v1/rounds/{roundId}/reminders', { params: { path: { roundId } } }),
  );
  return items;
}

export const reminderLogQueryOptions = (roundId: number) =>
  queryOptions({
    queryKey: reminderKeys.log(roundId),
    queryFn: () => getReminderLog(roundId),
  });

export function useReminderLog(roundId: number) {
  return useSuspenseQuery(reminderLogQueryOptions(roundId));
}
