import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../../database/neo4j.service.js';
import { toPlain } from '../../database/records.js';
import type { SolutionStatus } from '../solution.types.js';

/** One status a solution approach took: when, from which, to which, and who set it. */
export interface StatusChangeRecord {
  at: string;
  from: SolutionStatus | null;
  to: SolutionStatus;
  userName: string | null;
}

/** The most a timeline shows; an approach changes its status a handful of times in its life. */
const MAX_ENTRIES = 200;

/**
 * A solution approach's status over time, read from its history: the create and every change that
 * recorded a `status` (updates and restored values alike), oldest first.
 */
@Injectable()
export class StatusTimelineRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async timeline(solutionId: string): Promise<StatusChangeRecord[]> {
    // The JSON text is searched for the key first, so only changes that may name a status are parsed.
    const result = await this.neo4j.readQuery(
      `MATCH (c:Change {entityId: $id})
       WHERE c.entityType = 'SolutionApproach' AND c.changes CONTAINS '"status"'
       WITH c ORDER BY c.at ASC LIMIT toInteger($max)
       RETURN toString(c.at) AS at, c.changes AS changes,
         COLLECT { MATCH (u:User {id: c.userId}) RETURN u.displayName }[0] AS userName`,
      { id: solutionId, max: MAX_ENTRIES },
    );
    const entries: StatusChangeRecord[] = [];
    for (const record of result.records) {
      const changes = JSON.parse(record.get('changes') as string) as Record<
        string,
        { from: unknown; to: unknown }
      >;
      const status = changes.status;
      if (!status || typeof status.to !== 'string') continue;
      entries.push({
        at: toPlain(record.get('at')) as string,
        from: (status.from as SolutionStatus | null) ?? null,
        to: status.to as SolutionStatus,
        userName: (record.get('userName') as string | null) ?? null,
      });
    }
    return entries;
  }
}
