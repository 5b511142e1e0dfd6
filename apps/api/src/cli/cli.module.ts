import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ConfigModule } from '../config/config.module.js';
import { DatabaseModule } from '../database/database.module.js';
import { SeedModule } from '../seed/seed.module.js';

/** What the CLI needs: the same configuration and database as the server, accounts and seeds; no HTTP. */
@Module({ imports: [ConfigModule, DatabaseModule, AccountsModule, SeedModule] })
export class CliModule {}
