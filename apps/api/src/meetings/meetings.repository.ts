import { Injectable } from '@nestjs/common';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';
import { column, single } from '../database/records.js';
import { actionItemProjection } from './action-items/action-item.concept.js';
import { agendaItemProjection } from './agenda/agenda-item.concept.js';
import { meetingProjection } from './meeting.concept.js';
import type { ActionItemRecord, AgendaItemRecord, MeetingRecord } from './meeting.types.js';

/** The series a meeting belongs to, in Cypher (libs/domain `meetingSeries`). */
const series = (m: string) => `CASE WHEN ${m}.kind = 'steering' THEN 'steering' ELSE 'network' END`;

/** Meetings, their agendas and action items. Times are Berlin wall-clock strings, which sort as they read. */
@Injectable()
export class MeetingsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  findById(id: string): Promise<MeetingRecord | null> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(`MATCH (n:Meeting {id: $id}) RETURN ${meetingProjection('n')} AS record`, {
        id,
      });
      return single<MeetingRecord>(result.records, 'record');
    });
  }

  /** A year's meetings, soonest first (a year holds a few dozen at most). */
  inYear(year: number): Promise<MeetingRecord[]> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `MATCH (n:Meeting) WHERE n.startsAt STARTS WITH $year
         WITH n ORDER BY n.startsAt, n.id RETURN ${meetingProjection('n')} AS record`,
        { year: `${year}-` },
      );
      return column<MeetingRecord>(result.records, 'record');
    });
  }

  /** Meetings starting on or after `from` (a day), soonest first, at most `limit`: the calendar feed. */
  since(from: string, limit: number): Promise<MeetingRecord[]> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `MATCH (n:Meeting) WHERE n.startsAt >= $from
         WITH n ORDER BY n.startsAt, n.id LIMIT toInteger($limit) RETURN ${meetingProjection('n')} AS record`,
        { from, limit },
      );
      return column<MeetingRecord>(result.records, 'record');
    });
  }

  agenda(meetingId: string): Promise<AgendaItemRecord[]> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `MATCH (n:AgendaItem)-[:ON_AGENDA_OF]->(:Meeting {id: $meetingId})
         WITH n ORDER BY n.position, n.createdAt RETURN ${agendaItemProjection('n')} AS record`,
        { meetingId },
      );
      return column<AgendaItemRecord>(result.records, 'record');
    });
  }

  /** The position after the meeting's last agenda item. */
  async nextPosition(tx: Tx, meetingId: string): Promise<number> {
    const result = await tx.run(
      `OPTIONAL MATCH (i:AgendaItem)-[:ON_AGENDA_OF]->(:Meeting {id: $meetingId})
       RETURN coalesce(max(i.position), 0) + 1 AS next`,
      { meetingId },
    );
    return Number(single<number>(result.records, 'next') ?? 1);
  }

  /** The meeting an agenda item is on (null if there is no such item). */
  async meetingOfAgendaItem(tx: Tx, agendaItemId: string): Promise<string | null> {
    const result = await tx.run(
      'MATCH (:AgendaItem {id: $agendaItemId})-[:ON_AGENDA_OF]->(m:Meeting) RETURN m.id AS id',
      { agendaItemId },
    );
    return single<string>(result.records, 'id');
  }

  /** Action items raised at the meeting, by due date. */
  actionItemsRaisedAt(meetingId: string): Promise<ActionItemRecord[]> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `MATCH (n:ActionItem)-[:RAISED_AT]->(:Meeting {id: $meetingId})
         WITH n ORDER BY n.dueDate, n.sortKey RETURN ${actionItemProjection('n')} AS record`,
        { meetingId },
      );
      return column<ActionItemRecord>(result.records, 'record');
    });
  }

  /**
   * The action items that come back on this meeting's agenda: raised at an earlier meeting of the same
   * series and not done before this meeting's day (done on the day or later, they were still open then).
   */
  carriedOver(meetingId: string): Promise<ActionItemRecord[]> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `MATCH (m:Meeting {id: $meetingId})
         MATCH (n:ActionItem)-[:RAISED_AT]->(earlier:Meeting)
         WHERE earlier.startsAt < m.startsAt AND ${series('earlier')} = ${series('m')}
           AND (n.status <> 'done' OR n.doneOn >= substring(m.startsAt, 0, 10))
         WITH n, earlier ORDER BY n.dueDate, earlier.startsAt, n.sortKey
         RETURN ${actionItemProjection('n')} AS record`,
        { meetingId },
      );
      return column<ActionItemRecord>(result.records, 'record');
    });
  }

  /** Every action item not done yet, by due date: the steering group's list of open tasks. */
  openActionItems(): Promise<ActionItemRecord[]> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `MATCH (n:ActionItem) WHERE n.status <> 'done'
         WITH n ORDER BY n.dueDate, n.sortKey LIMIT 500 RETURN ${actionItemProjection('n')} AS record`,
      );
      return column<ActionItemRecord>(result.records, 'record');
    });
  }
}
