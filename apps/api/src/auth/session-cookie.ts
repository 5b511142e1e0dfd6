import type { CookieOptions, Request, Response } from 'express';
import type { AppConfig } from '../config/config.schema.js';
import { generateSessionToken } from '../sessions/session-token.js';

/** The browser session cookie; it holds the session token, whose hash is the (:Session) key. */
export const SESSION_COOKIE = 'netzwerkstatt_session';

/**
 * A random id the browser keeps for a year; a session records its hash, so a later password check from
 * this browser is recognised as coming from a known device (see ARCHITECTURE.md, "Password throttling").
 * It grants nothing by itself.
 */
export const DEVICE_COOKIE = 'netzwerkstatt_device';
const DEVICE_COOKIE_DAYS = 365;
/** Device ids are 43 URL-safe characters, like session tokens. */
const DEVICE_ID = /^[A-Za-z0-9_-]{43}$/;

/** The device cookie's value when it is one we could have issued. */
export function deviceIdOf(req: Request): string | null {
  const cookies = (req as { cookies?: Record<string, unknown> }).cookies;
  const value = cookies?.[DEVICE_COOKIE];
  return typeof value === 'string' && DEVICE_ID.test(value) ? value : null;
}

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

/** The browser's device id: the one it sent, or a new one (to be set with `setDeviceCookie`). */
export function deviceFor(req: Request): string {
  return deviceIdOf(req) ?? generateSessionToken();
}

/** Set (again, renewing its year) once a session was created for this browser. */
export function setDeviceCookie(res: Response, config: AppConfig, device: string): void {
  res.cookie(DEVICE_COOKIE, device, { ...options(config), maxAge: DEVICE_COOKIE_DAYS * 86_400_000 });
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  res.clearCookie(SESSION_COOKIE, options(config));
}

/** The token from `Authorization: Bearer …`, which takes precedence over the cookie. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
