import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { MailStatus } from '../../../lib/api/types';
import { reminderKeys } from './query-keys';

/** Whether the server has an SMTP server to send through; without one, nothing is sent. */
export async function getMailStatus(): Promise<MailStatus> {
  return requireData(await apiClient.GET('/api/v1/mail/status'));
}

export const mailStatusQueryOptions = () =>
  queryOptions({
    queryKey: reminderKeys.mailStatus(),
    queryFn: getMailStatus,
  });

export function useMailStatus() {
  return useSuspenseQuery(mailStatusQueryOptions());
}
