import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuthenticateMiddleware } from '../auth/authenticate.middleware.js';
import { RevocationWatch } from './revocation-watch.js';
import { RevocationsRepository } from './revocations.repository.js';
import { SessionCacheModule } from './session-cache.module.js';
import { SessionsRepository } from './sessions.repository.js';
import { SessionsResolver } from './sessions.resolver.js';
import { SessionsService } from './sessions.service.js';
import { SignInResolver } from './sign-in.resolver.js';
import { SignInService } from './sign-in.service.js';

@Module({
  imports: [AccountsModule, SessionCacheModule],
  providers: [
    SessionsRepository,
    SessionsService,
    SignInService,
    SessionsResolver,
    SignInResolver,
    RevocationsRepository,
    RevocationWatch,
  ],
  exports: [SessionsService],
})
export class SessionsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthenticateMiddleware).forRoutes({ path: '*path', method: RequestMethod.ALL });
  }
}
