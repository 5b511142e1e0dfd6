import type { CookieOptions, Response } from 'express';
import type { AppConfig } from '../config/config.schema.js';

/** The browser session cookie; it holds the session token, whose hash is the (:Session) key. */
export const SESSION_COOKIE = 'netzwerkstatt_session';

/** COOKIE_SECURE=auto: Secure exactly when the public address is https. */
export function cookieIsSecure(config: Pick<AppConfig, 'COOKIE_SECURE' | 'PUBLIC_URL'>): boolean {
  if (config.COOKIE_SECURE === 'auto') return new URL(config.PUBLIC_URL).protocol === 'https:';
  return config.COOKIE_SECURE === 'true';
}

function options(config: AppConfig): CookieOptions {
  // httpOnly: scripts cannot read it; Lax: not sent on cross-site POSTs (CSRF), still sent when following a link.
  return { httpOnly: true, sameSite: 'lax', secure: cookieIsSecure(config), path: '/' };
}

export function setSessionCookie(
  res: Response,
  config: AppConfig,
  session: { token: string; expiresAt: string },
): void {
  res.cookie(SESSION_COOKIE, session.token, { ...options(config), expires: new Date(session.expiresAt) });
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  res.clearCookie(SESSION_COOKIE, options(config));
}

/** The token from `Authorization: Bearer …`, which takes precedence over the cookie. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
