import type { Request } from 'express';
import { hashSessionToken } from '../sessions/session-token.js';
import { deviceIdOf } from './session-cookie.js';

/** Where a password check comes from: the client address and, from a browser, its device cookie. */
export interface ClientContext {
  /** `req.ip`: the person's address when TRUST_PROXY names the proxy in front. */
  address: string;
  /** SHA-256 of the device cookie; null without one (or with one we did not issue). */
  deviceHash: string | null;
}

export function clientOf(req: Request): ClientContext {
  const device = deviceIdOf(req);
  return {
    address: req.ip ?? req.socket.remoteAddress ?? '',
    deviceHash: device ? hashSessionToken(device) : null,
  };
}
