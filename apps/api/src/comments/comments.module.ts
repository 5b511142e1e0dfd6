import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { CommentsRepository } from './comments.repository.js';
import { CommentsResolver } from './comments.resolver.js';
import { CommentsService } from './comments.service.js';

@Module({
  imports: [NotificationsModule],
  providers: [CommentsRepository, CommentsService, CommentsResolver],
})
export class CommentsModule {}
