import { Injectable } from '@nestjs/common';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';
import { column, single, toPlain } from '../database/records.js';
import { mandateProjection } from './mandate.concept.js';
import type { MandateRecord, MandateRules, StoredTerm } from './mandate.types.js';

/** Mandates of the steering group. Days are `YYYY-MM-DD` strings; `endDate` is exclusive. */
@Injectable()
export class MandatesRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  findById(id: string): Promise<MandateRecord | null> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(`MATCH (n:Mandate {id: $id}) RETURN ${mandateProjection('n')} AS record`, {
        id,
      });
      return single<MandateRecord>(result.records, 'record');
    });
  }

  /** The mandates running on `day` (start ≤ day < end), by the holder's name. */
  runningOn(day: string): Promise<MandateRecord[]> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `MATCH (n:Mandate) WHERE n.startDate <= $day AND n.endDate > $day
         OPTIONAL MATCH (p:Person)-[:HOLDS]->(n)
         WITH n, p ORDER BY p.sortKey, n.startDate, n.id
         RETURN ${mandateProjection('n')} AS record`,
        { day },
      );
      return column<MandateRecord>(result.records, 'record');
    });
  }

  /**
   * Mandates ending from `from` to `until` (both inclusive) whose seat has no follow-up yet: no mandate
   * of the same person or the same organisation starts on the end day or within a year after it.
   */
  dueForConfirmation(from: string, until: string): Promise<MandateRecord[]> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `${DUE_MATCH}
         RETURN ${mandateProjection('n')} AS record ORDER BY n.endDate, n.id`,
        { from, until },
      );
      return column<MandateRecord>(result.records, 'record');
    });
  }

  /** Ids of the mandates `dueForConfirmation` lists, inside a write transaction. */
  async dueIds(tx: Tx, from: string, until: string): Promise<string[]> {
    const result = await tx.run(`${DUE_MATCH} RETURN n.id AS id`, { from, until });
    return column<string>(result.records, 'id');
  }

  /**
   * Takes the write lock that serialises every change of mandates (on the one (:Agreement) node) and
   * reads the agreement's numbers. Every later read in the transaction then sees each change committed
   * before it, so two concurrent creates cannot both count ten and pass.
   */
  async lockAndReadRules(tx: Tx): Promise<MandateRules | null> {
    const result = await tx.run(
      `MATCH (a:Agreement {id: 'agreement'})
       SET a.mandateWriteLock = true REMOVE a.mandateWriteLock
       RETURN {maxActive: a.steeringGroupMaxPersons, termYears: a.steeringGroupConfirmationYears} AS rules`,
    );
    return single<MandateRules>(result.records, 'rules');
  }

  /** Every other mandate whose term meets [start, end), with its holder. */
  async termsMeeting(tx: Tx, start: string, end: string, exceptId: string): Promise<StoredTerm[]> {
    const result = await tx.run(
      `MATCH (n:Mandate) WHERE n.startDate < $end AND n.endDate > $start AND n.id <> $exceptId
       RETURN {id: n.id, start: n.startDate, end: n.endDate,
         personId: COLLECT { MATCH (p:Person)-[:HOLDS]->(n) RETURN p.id }[0]} AS term`,
      { start, end, exceptId },
    );
    return result.records.map((record) => toPlain(record.get('term')) as StoredTerm);
  }

  /** A mandate in the Papierkorb: its term and holder, for the checks before it comes back. */
  async trashedTerm(tx: Tx, id: string): Promise<StoredTerm | null> {
    const result = await tx.run(
      `MATCH (n:Trashed {id: $id, trashedType: 'Mandate'})
       RETURN {id: n.id, start: n.startDate, end: n.endDate,
         personId: COLLECT { MATCH (p:Person)-[:HOLDS]->(n) RETURN p.id }[0]} AS term`,
      { id },
    );
    return single<StoredTerm>(result.records, 'term');
  }
}

const DUE_MATCH = `MATCH (n:Mandate) WHERE n.endDate >= $from AND n.endDate <= $until
  AND NOT EXISTS {
    MATCH (next:Mandate)
    WHERE next.id <> n.id AND next.startDate >= n.endDate
      AND date(next.startDate) <= date(n.endDate) + duration({years: 1})
      AND (EXISTS { MATCH (p:Person)-[:HOLDS]->(n) MATCH (p)-[:HOLDS]->(next) }
        OR EXISTS { MATCH (n)-[:REPRESENTS]->(a:Actor) MATCH (next)-[:REPRESENTS]->(a) })
  }`;
