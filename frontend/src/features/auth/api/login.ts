import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient, requireData } from '../../../lib/api/client';
import type { LoginRequest, SignedIn } from '../../../lib/api/types';
import { authKeys } from './query-keys';

export async function login(credentials: LoginRequest): Promise<SignedIn> {
  const result = await apiClient.POST('/api/v1/auth/login', { body: credentials });
  return requireData(result);
}

/** Signing in stores who signed in, with the session's CSRF token, where every later write reads it. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (signedIn) => queryClient.setQueryData(authKeys.me(), signedIn),
  });
}
