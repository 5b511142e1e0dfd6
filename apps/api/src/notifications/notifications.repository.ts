import { Injectable } from '@nestjs/common';
import { germanSortKey } from '@netzwerkstatt/domain';
import type { KeysetCursor } from '../common/pagination/cursor.js';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';
import { findKeysetPage, type KeysetOrder } from '../store/paging/keyset-page.repository.js';
import { notificationProjection, type NotificationRecord } from './notification.concept.js';

/** Newest first; cursors keep the database's full time precision. */
export const NEWEST_FIRST: KeysetOrder = {
  expression: 'n.createdAt',
  cursorValue: 'toString(n.createdAt)',
  after: 'datetime($afterSort)',
  direction: 'DESC',
};

export interface MentionNotice {
  guidelineId: string;
  commentId: string;
  actorId: string;
  userIds: readonly string[];
}

/** (:Notification)-[:FOR]->(:User): one person's notifications. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /**
   * One notification per mentioned active account (not the writer), in the transaction of the comment.
   * Returns how many were written.
   */
  async mentioned(tx: Tx, notice: MentionNotice): Promise<number> {
    const result = await tx.run(
      `MATCH (actor:User {id: $actorId})
       UNWIND $userIds AS userId
       MATCH (u:User {id: userId}) WHERE coalesce(u.disabled, false) = false AND u.id <> $actorId
       WITH DISTINCT u, actor, datetime() AS now
       CREATE (n:Notification {id: randomUUID(), kind: 'comment_mention', read: false, sortKey: $sortKey,
         guidelineId: $guidelineId, commentId: $commentId, actorName: actor.displayName, revision: 1,
         createdAt: now, updatedAt: now, createdBy: $actorId, updatedBy: $actorId})-[:FOR]->(u)
       RETURN count(n) AS written`,
      { ...notice, userIds: [...notice.userIds], sortKey: germanSortKey('comment_mention') },
    );
    return Number(result.records[0]?.get('written') ?? 0);
  }

  /**
   * One notification per mandate and active steering group or admin account that has none for it yet,
   * in the caller's transaction (a mandate's confirmation is announced once). Returns how many were written.
   */
  async confirmationsDue(tx: Tx, mandateIds: readonly string[]): Promise<number> {
    const result = await tx.run(
      `UNWIND $mandateIds AS mandateId
       MATCH (u:User) WHERE u.role IN ['steering', 'admin'] AND coalesce(u.disabled, false) = false
         AND NOT EXISTS { MATCH (:Notification {kind: 'mandate_confirmation_due', mandateId: mandateId})-[:FOR]->(u) }
       WITH u, mandateId, datetime() AS now
       CREATE (n:Notification {id: randomUUID(), kind: 'mandate_confirmation_due', read: false, sortKey: $sortKey,
         mandateId: mandateId, revision: 1, createdAt: now, updatedAt: now, createdBy: 'system',
         updatedBy: 'system'})-[:FOR]->(u)
       RETURN count(n) AS written`,
      { mandateIds: [...mandateIds], sortKey: germanSortKey('mandate_confirmation_due') },
    );
    return Number(result.records[0]?.get('written') ?? 0);
  }

  page(userId: string, unreadOnly: boolean, after: KeysetCursor | null, limit: number, withCount: boolean) {
    return this.neo4j.readStatement((tx) =>
      findKeysetPage<NotificationRecord>(tx, {
        label: 'Notification',
        order: NEWEST_FIRST,
        start: 'MATCH (:User {id: $userId})<-[:FOR]-(n)',
        conditions: unreadOnly ? ['n.read = false'] : [],
        lucene: null,
        params: { userId },
        after,
        limit,
        projection: notificationProjection('n'),
        withCount,
      }),
    );
  }

  unreadCount(userId: string): Promise<number> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        'RETURN COUNT { MATCH (:User {id: $userId})<-[:FOR]-(n:Notification) WHERE n.read = false } AS unread',
        { userId },
      );
      return Number(result.records[0].get('unread'));
    });
  }

  /**
   * Marks the recipient's own notifications read (`ids` null: all of them) and returns how many stay
   * unread. Whose notification it is decides in the statement: someone else's id changes nothing.
   */
  markRead(userId: string, ids: readonly string[] | null): Promise<number> {
    return this.neo4j.write(async (tx) => {
      await tx.run(
        `MATCH (:User {id: $userId})<-[:FOR]-(n:Notification)
         WHERE n.read = false AND ($ids IS NULL OR n.id IN $ids)
         SET n.read = true, n.readAt = datetime()`,
        { userId, ids: ids ? [...ids] : null },
      );
      const result = await tx.run(
        'RETURN COUNT { MATCH (:User {id: $userId})<-[:FOR]-(n:Notification) WHERE n.read = false } AS unread',
        { userId },
      );
      return Number(result.records[0].get('unread'));
    });
  }
}
