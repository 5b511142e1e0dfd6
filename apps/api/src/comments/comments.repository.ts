import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../database/neo4j.service.js';
import { single, toPlain } from '../database/records.js';
import { commentProjection } from './comment.concept.js';
import type { CommentRecord, CommentThreadRecord, MentionableAccount } from './comment.types.js';

const COMMENT = commentProjection('c');

/** Reads of (:Comment)-[:ON]->(:Guideline) and (:Comment)-[:REPLY_TO]->(:Comment); writes go through the write path. */
@Injectable()
export class CommentsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  findById(id: string): Promise<CommentRecord | null> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(`MATCH (c:Comment {id: $id}) RETURN ${COMMENT} AS comment`, { id });
      return single<CommentRecord>(result.records, 'comment');
    });
  }

  /** The threads of a guideline, oldest first, each with its replies (replies of a trashed thread drop out). */
  threads(guidelineId: string, includeResolved: boolean): Promise<CommentThreadRecord[]> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `MATCH (:Guideline {id: $guidelineId})<-[:ON]-(c:Comment)
         WHERE NOT (c)-[:REPLY_TO]->() AND ($includeResolved OR coalesce(c.resolved, false) = false)
         WITH c ORDER BY c.createdAt, c.id
         RETURN ${COMMENT.slice(0, -1)}, replies: COLLECT {
           MATCH (r:Comment)-[:REPLY_TO]->(c) WITH r ORDER BY r.createdAt, r.id RETURN ${commentProjection('r')}
         } } AS thread`,
        { guidelineId, includeResolved },
      );
      return result.records.map((record) => toPlain(record.get('thread')) as CommentThreadRecord);
    });
  }

  /** Active accounts whose name contains the text, for the `@` suggestions. */
  mentionable(text: string, limit: number): Promise<MentionableAccount[]> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `MATCH (u:User) WHERE coalesce(u.disabled, false) = false AND toLower(u.displayName) CONTAINS toLower($text)
         WITH u ORDER BY u.sortKey, u.id LIMIT toInteger($limit)
         RETURN u { .id, .displayName } AS account`,
        { text, limit },
      );
      return result.records.map((record) => toPlain(record.get('account')) as MentionableAccount);
    });
  }
}
