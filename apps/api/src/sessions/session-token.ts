import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe; what a cookie or an `Authorization: Bearer` header carries. */
export function generateSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Only this hash is stored. The token has full entropy, so a fast hash suffices: a leaked database
 * yields no usable tokens, and looking a hash up by index stays one read per request.
 */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
