import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ConfirmationSweeper } from './confirmation-sweeper.js';
import { MandatesRepository } from './mandates.repository.js';
import { MandatesResolver } from './mandates.resolver.js';
import { MandatesService } from './mandates.service.js';

@Module({
  imports: [NotificationsModule],
  providers: [MandatesRepository, MandatesService, MandatesResolver, ConfirmationSweeper],
})
export class MandatesModule {}
