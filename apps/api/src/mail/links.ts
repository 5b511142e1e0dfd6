import { ACCOUNT_REFUSALS, type DomainError, refuse } from '@netzwerkstatt/domain';
import type { AppConfig } from '../config/config.schema.js';

/** Pages of the web app that one-time links open (apps/web/src/shared/paths.ts has the same). */
export const LINK_PAGES = { invitation: '/einladung', passwordReset: '/passwort-neu' } as const;

/** The absolute link a person opens; the token travels in the query, the server keeps only its hash. */
export function linkTo(config: Pick<AppConfig, 'PUBLIC_URL'>, page: string, token: string): string {
  return `${config.PUBLIC_URL.replace(/\/$/, '')}${page}?token=${encodeURIComponent(token)}`;
}

/** What issuing a link gives the admin: the link itself only when it was not sent by e-mail. */
export interface LinkDelivery {
  mailed: boolean;
  link: string | null;
  expiresAt: string;
}

/** Tokens we issue are 43 characters; anything far off is not worth a database round trip. */
export function plausibleToken(token: unknown): token is string {
  return typeof token === 'string' && token.length >= 20 && token.length <= 200;
}

/** One answer for an unknown, used, revoked or expired link. */
export function invalidLink(): DomainError {
  return refuse('NOT_FOUND', ACCOUNT_REFUSALS.linkInvalid());
}
