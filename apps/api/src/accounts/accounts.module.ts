import { Module } from '@nestjs/common';
import { AccountResolver } from './account.resolver.js';
import { AccountsRepository } from './accounts.repository.js';
import { AccountsService } from './accounts.service.js';
import { FirstAdminService } from './first-admin.service.js';
import { UsersResolver } from './users.resolver.js';

@Module({
  providers: [AccountsRepository, AccountsService, FirstAdminService, AccountResolver, UsersResolver],
  exports: [AccountsService, FirstAdminService],
})
export class AccountsModule {}
