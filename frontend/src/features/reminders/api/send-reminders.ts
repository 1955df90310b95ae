import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { ReminderRun } from '../../../lib/api/types';
import { invalidateAfterChange } from '../../../lib/query-client';

/** «Send påminnelse nå»: one digest to each person who still owes, except those reminded today already. */
export async function sendReminders(roundId: number): Promise<ReminderRun> {
  return requireData(await apiClient.POST('/api/v1/rounds/{roundId}/reminders', { params: { path: { roundId } } }));
}

export function useSendReminders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendReminders,
    // The log and the round page (who has been reminded) change.
    onSuccess: () => invalidateAfterChange(queryClient),
  });
}
