import { routePaths } from '../../config/paths';

/**
 * Where to go after signing in. Only a path inside this app is followed: an address such as
 * «//evil.example» or «https://…» in the link would otherwise send the user off-site after sign-in.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return routePaths.home();
  if (raw === routePaths.login() || raw.startsWith(`${routePaths.login()}?`)) return routePaths.home();
  return raw;
}
