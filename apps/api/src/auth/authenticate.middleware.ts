import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { SessionsService } from '../sessions/sessions.service.js';
import type { AppRequest } from './request-user.js';
import { SESSION_COOKIE, bearerToken } from './session-cookie.js';

/**
 * Runs before guards on every route: turns a bearer token or the session cookie into `req.user`.
 * An unknown, expired or revoked token leaves the request anonymous; the AccessGuard then decides.
 */
@Injectable()
export class AuthenticateMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionsService) {}

  async use(req: AppRequest, _res: Response, next: NextFunction): Promise<void> {
    try {
      req.user = undefined;
      const cookies = (req as { cookies?: Record<string, unknown> }).cookies;
      const cookie = cookies?.[SESSION_COOKIE];
      const token =
        bearerToken(req.headers.authorization) ?? (typeof cookie === 'string' ? cookie : undefined);
      if (token) req.user = (await this.sessions.authenticate(token)) ?? undefined;
      next();
    } catch (error) {
      next(error);
    }
  }
}
