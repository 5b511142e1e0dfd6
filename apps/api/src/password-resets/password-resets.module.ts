import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { SessionCacheModule } from '../sessions/session-cache.module.js';
import { SessionsModule } from '../sessions/sessions.module.js';
import { PasswordResetsRepository } from './password-resets.repository.js';
import { PasswordResetsResolver } from './password-resets.resolver.js';
import { PasswordResetsService } from './password-resets.service.js';

@Module({
  imports: [SessionsModule, SessionCacheModule, MailModule],
  providers: [PasswordResetsRepository, PasswordResetsService, PasswordResetsResolver],
})
export class PasswordResetsModule {}
