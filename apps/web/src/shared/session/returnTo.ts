import { paths } from '../paths';

/** The query parameter that carries the page to return to after signing in. */
export const RETURN_PARAM = 'weiter';

/**
 * Only a path inside this app is accepted as a place to return to; anything else (another origin,
 * "//evil.example", "javascript:") falls back to the start page.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}

export function signInPathFor(returnTo: string): string {
  const target = safeReturnPath(returnTo);
  return target === '/' ? paths.signIn() : `${paths.signIn()}?${RETURN_PARAM}=${encodeURIComponent(target)}`;
}
