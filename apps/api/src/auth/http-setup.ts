import { INestApplication } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';

/**
 * HTTP settings authentication relies on, applied before any route: cookie parsing for the session
 * cookie, and which proxies to trust for the client address (sign-in throttling is per address).
 */
export function configureHttpAuth(app: INestApplication): void {
  const config = app.get<AppConfig>(APP_CONFIG);
  app.use(cookieParser());
  app.getHttpAdapter().getInstance().set('trust proxy', trustProxy(config.TRUST_PROXY));
}

export function trustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false' || value === '') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
