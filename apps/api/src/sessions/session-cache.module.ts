import { Module } from '@nestjs/common';
import { SessionCache } from './session-cache.js';

/**
 * The one session cache of the process: the sessions module reads it on every request, the accounts
 * module forgets entries when an account changes (it cannot import the sessions module, which imports it).
 */
@Module({
  providers: [{ provide: SessionCache, useFactory: () => new SessionCache() }],
  exports: [SessionCache],
})
export class SessionCacheModule {}
