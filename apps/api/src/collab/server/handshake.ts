import { EDITOR_SCHEMA_VERSION, type CollabCloseReason } from '@netzwerkstatt/editor';
import type { IncomingHttpHeaders } from 'node:http';
import { SESSION_COOKIE, bearerToken } from '../../auth/session-cookie.js';

export const COLLAB_PATH = '/collab';

export type Refusal = { refused: CollabCloseReason };

/** Ids are UUIDs; anything that could not be one is refused before a database is asked. */
const ID = /^[A-Za-z0-9_-]{1,100}$/;

/** `/collab/<guidelineId>?v=<EDITOR_SCHEMA_VERSION>`, or why not. */
export function parseCollabAddress(url: string | undefined): { guidelineId: string } | Refusal {
  const parsed = new URL(url ?? '/', 'http://collab.invalid');
  const id = decodeURIComponent(parsed.pathname.slice(COLLAB_PATH.length + 1));
  const version = parsed.searchParams.get('v');
  if (!ID.test(id) || version === null) return { refused: 'BAD_REQUEST' };
  if (version !== String(EDITOR_SCHEMA_VERSION)) return { refused: 'OUTDATED_SCHEMA' };
  return { guidelineId: id };
}

export function isCollabAddress(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0];
  return path === COLLAB_PATH || path.startsWith(`${COLLAB_PATH}/`);
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The session token: `Authorization: Bearer` first (as on /graphql), else the session cookie. */
export function sessionTokenOf(headers: IncomingHttpHeaders): { token: string; viaCookie: boolean } | null {
  const bearer = bearerToken(headers.authorization);
  if (bearer) return { token: bearer, viaCookie: false };
  const fromCookie = cookie(headers.cookie, SESSION_COOKIE);
  return fromCookie ? { token: fromCookie, viaCookie: true } : null;
}

/**
 * A browser sends its cookie along with a WebSocket opened by any site, and always names that site
 * in `Origin`; so a cookie counts only when the origin is this server's own (its Host, as reached,
 * or PUBLIC_URL). A client without Origin is not a browser page and cannot have been lured.
 */
export function originAllowed(headers: IncomingHttpHeaders, publicUrl: string): boolean {
  const origin = headers.origin;
  if (!origin) return true;
  let host: string;
  try {
    const parsed = new URL(origin);
    if (origin === new URL(publicUrl).origin) return true;
    host = parsed.host;
  } catch {
    return false;
  }
  return !!headers.host && host === headers.host;
}
