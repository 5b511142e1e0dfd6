import { Injectable } from '@nestjs/common';
import { InputCheck, checkIds } from '@netzwerkstatt/domain';
import type { RequestUser } from '../auth/request-user.js';
import { pageSize } from '../common/pagination/cursor.js';
import type { Tx } from '../database/neo4j.service.js';
import { cursorFor, toPage } from '../store/paging/page.js';
import { WritePath } from '../store/write/write-path.js';
import { NOTIFICATION_CONCEPT } from './notification.concept.js';
import { NotificationsRepository, type MentionNotice } from './notifications.repository.js';

@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    writes: WritePath,
  ) {
    writes.register(NOTIFICATION_CONCEPT);
  }

  /** Called inside the transaction of the comment that mentions them. */
  mentioned(tx: Tx, notice: MentionNotice): Promise<number> {
    return notice.userIds.length === 0 ? Promise.resolve(0) : this.repository.mentioned(tx, notice);
  }

  /** Called inside a transaction that found these mandates' confirmations due. */
  confirmationsDue(tx: Tx, mandateIds: readonly string[]): Promise<number> {
    return mandateIds.length === 0 ? Promise.resolve(0) : this.repository.confirmationsDue(tx, mandateIds);
  }

  async list(
    query: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
    user: RequestUser,
    withCount: boolean,
  ) {
    const limit = pageSize(query.first);
    const after = cursorFor(query.after, { field: 'CREATED_AT', direction: 'DESC' });
    const page = await this.repository.page(user.id, query.unreadOnly ?? false, after, limit, withCount);
    return toPage(page, limit);
  }

  unreadCount(user: RequestUser): Promise<number> {
    return this.repository.unreadCount(user.id);
  }

  markRead(ids: string[], user: RequestUser): Promise<number> {
    checkIds(new InputCheck(), 'ids', ids).done();
    return this.repository.markRead(user.id, ids);
  }

  markAllRead(user: RequestUser): Promise<number> {
    return this.repository.markRead(user.id, null);
  }
}
