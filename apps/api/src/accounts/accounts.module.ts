import { Module } from '@nestjs/common';
import { SessionCacheModule } from '../sessions/session-cache.module.js';
import { AccountResolver } from './account.resolver.js';
import { AccountsRepository } from './accounts.repository.js';
import { AccountsService } from './accounts.service.js';
import { FirstAdminService } from './first-admin.service.js';
import { PasswordCheckService } from './password-check.service.js';
import { UsersResolver } from './users.resolver.js';

@Module({
  imports: [SessionCacheModule],
  providers: [
    AccountsRepository,
    AccountsService,
    PasswordCheckService,
    FirstAdminService,
    AccountResolver,
    UsersResolver,
  ],
  exports: [AccountsService, FirstAdminService, PasswordCheckService],
})
export class AccountsModule {}
