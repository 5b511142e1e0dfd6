import { Injectable } from '@nestjs/common';
import { MENTIONABLE_TYPES, type MentionableType } from '@netzwerkstatt/editor';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';
import { toPlain } from '../database/records.js';
import { GroupCommit } from './document/group-commit.js';
import { COLLAB_LIMITS } from './limits.js';
import { guidelineProjection } from '../store/projections/projections.repository.js';
import type { GuidelineRecord } from '../guidelines/guideline.types.js';
import { fromBytes, toBytes } from './bytes.js';

/** What loading a guideline's document needs, read in one statement. */
export interface StoredDocument {
  status: string;
  templateJson: string | null;
  /** `Y.encodeStateAsUpdate` of the last compaction; null before the document was first seeded. */
  state: Uint8Array | null;
  /** Log entries since, in seq order. */
  updates: Uint8Array[];
  lastSeq: number;
}

export interface LoggedUpdate {
  guidelineId: string;
  seq: number;
  update: Uint8Array;
  userId: string;
}

export interface Compaction {
  guidelineId: string;
  state: Uint8Array;
  text: string;
  schemaVersion: number;
  /** Log entries up to this seq are folded into `state` and deleted. */
  upToSeq: number;
  mentions: Record<MentionableType, string[]>;
}

const GUIDELINE = guidelineProjection('g');

/** A live guideline or one in the Papierkorb: its text is stored either way. */
const ANY_GUIDELINE = `CALL () {
    MATCH (g:Guideline {id: $id}) RETURN g
    UNION
    MATCH (g:Trashed {id: $id}) WHERE g.trashedType = 'Guideline' RETURN g
  }`;

/** MENTIONS edges for each kind, its label taken from the fixed list, never from input. */
const MERGE_MENTIONS = MENTIONABLE_TYPES.map(
  (label) => `CALL (g) {
    UNWIND $mentions.${label} AS entityId
    MATCH (e:${label} {id: entityId})
    MERGE (g)-[:MENTIONS]->(e)
  }`,
).join('\n');

/**
 * Co-edited text: the update log (:GuidelineUpdate), the compacted state (:GuidelineContent), and what
 * is derived from it on the guideline (bodyText, MENTIONS, EDITED).
 */
@Injectable()
export class CollabRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Null for an unknown id or a guideline in the Papierkorb. */
  async load(id: string): Promise<StoredDocument | null> {
    const result = await this.neo4j.readQuery(
      `MATCH (g:Guideline {id: $id})
       OPTIONAL MATCH (g)-[:HAS_CONTENT]->(c:GuidelineContent)
       RETURN g.status AS status, g.templateJson AS templateJson, c.state AS state,
              COLLECT { MATCH (u:GuidelineUpdate {guidelineId: $id}) RETURN u ORDER BY u.seq } AS updates`,
      { id },
    );
    const record = result.records[0];
    if (!record) return null;
    const updates = record.get('updates') as { properties: { update: unknown; seq: unknown } }[];
    const seqs = updates.map((u) => Number(toPlain(u.properties.seq)));
    return {
      status: String(record.get('status')),
      templateJson: (record.get('templateJson') as string | null) ?? null,
      state: record.get('state') ? fromBytes(record.get('state')) : null,
      updates: updates.map((u) => fromBytes(u.properties.update)),
      lastSeq: seqs.length ? Math.max(...seqs) : 0,
    };
  }

  /**
   * Stores a new document's first state, unless another process got there first: the content node is
   * unique per guideline, so of two concurrent seeds one wins and both return its state.
   */
  async seed(id: string, state: Uint8Array, text: string, schemaVersion: number): Promise<Uint8Array | null> {
    return this.neo4j.write(async (tx) => {
      const result = await tx.run(
        `MATCH (g:Guideline {id: $id})
         MERGE (c:GuidelineContent {guidelineId: $id})
           ON CREATE SET c.state = $state, c.text = $text, c.schemaVersion = $schemaVersion,
                         c.size = $size, c.updatedAt = datetime()
         MERGE (g)-[:HAS_CONTENT]->(c)
         SET g.bodyText = CASE c.text WHEN '' THEN null ELSE c.text END
         RETURN c.state AS state`,
        { id, state: toBytes(state), text, schemaVersion, size: state.byteLength },
      );
      return result.records[0] ? fromBytes(result.records[0].get('state')) : null;
    });
  }

  /**
   * The text as stored durably right now, inside the caller's transaction: the compacted state and the
   * log entries since (everything any client has seen), or the template a never-opened guideline will be
   * seeded from. Null for an unknown id or a guideline in the Papierkorb.
   */
  async storedIn(tx: Tx, id: string): Promise<{ updates: Uint8Array[]; templateJson: string | null } | null> {
    const result = await tx.run(
      `MATCH (g:Guideline {id: $id})
       OPTIONAL MATCH (g)-[:HAS_CONTENT]->(c:GuidelineContent)
       RETURN g.templateJson AS templateJson, c.state AS state,
              COLLECT { MATCH (u:GuidelineUpdate {guidelineId: $id}) WITH u ORDER BY u.seq RETURN u.update } AS updates`,
      { id },
    );
    const record = result.records[0];
    if (!record) return null;
    const state = record.get('state');
    return {
      templateJson: (record.get('templateJson') as string | null) ?? null,
      updates: [...(state ? [state] : []), ...(record.get('updates') as unknown[])].map(fromBytes),
    };
  }

  /**
   * Group commit across documents: what every open document hands in while the writes in flight run (up
   * to `logWritesInFlight`) goes into the next transaction together, so a hundred documents with a
   * keystroke each cost one commit, not a hundred (Neo4j manages a few hundred commits a second on two
   * cores). Resolves once the transaction that carried `updates` and every one started before it have
   * committed.
   */
  append(updates: LoggedUpdate[]): Promise<void> {
    return this.appends.add(updates);
  }

  private readonly appends = new GroupCommit<LoggedUpdate[]>((batches) => this.appendNow(batches.flat()), {
    maxInFlight: COLLAB_LIMITS.logWritesInFlight,
  });

  private async appendNow(updates: LoggedUpdate[]): Promise<void> {
    await this.neo4j.write((tx) =>
      tx.run(
        `UNWIND $updates AS u
         CREATE (:GuidelineUpdate {guidelineId: u.guidelineId, seq: u.seq, update: u.update,
                                   userId: u.userId, at: datetime()})`,
        { updates: updates.map((u) => ({ ...u, update: toBytes(u.update) })) },
      ),
    );
  }

  /**
   * Folds the log into the stored state in one transaction: the state and its text, the guideline's
   * bodyText, who edited, the MENTIONS edges as the text has them; the folded entries go.
   */
  async compact(compaction: Compaction): Promise<void> {
    const { guidelineId: id, state, text, schemaVersion, upToSeq, mentions } = compaction;
    const ids = Object.values(mentions).flat();
    await this.neo4j.write(async (tx: Tx) => {
      await tx.run(
        `${ANY_GUIDELINE}
         MERGE (c:GuidelineContent {guidelineId: $id})
         MERGE (g)-[:HAS_CONTENT]->(c)
         SET c.state = $state, c.text = $text, c.schemaVersion = $schemaVersion, c.size = $size,
             c.updatedAt = datetime(), g.bodyText = CASE $text WHEN '' THEN null ELSE $text END
         WITH g
         CALL (g) {
           MATCH (u:GuidelineUpdate {guidelineId: $id}) WHERE u.seq <= $upToSeq
           WITH u.userId AS userId, max(u.at) AS at
           MATCH (user:User {id: userId})
           MERGE (user)-[e:EDITED]->(g)
           SET e.at = CASE WHEN e.at IS NULL OR e.at < at THEN at ELSE e.at END
         }
         CALL (g) {
           MATCH (g)-[m:MENTIONS]->(e) WHERE NOT e.id IN $ids
           DELETE m
         }
         ${MERGE_MENTIONS}`,
        { id, state: toBytes(state), text, schemaVersion, size: state.byteLength, upToSeq, ids, mentions },
      );
      await tx.run(
        `MATCH (u:GuidelineUpdate {guidelineId: $id}) WHERE u.seq <= $upToSeq
         DELETE u`,
        { id, upToSeq },
      );
    });
  }

  /** Status of each live guideline among `ids`; an id missing from the answer is unknown or trashed. */
  async statuses(ids: string[]): Promise<Map<string, string>> {
    const result = await this.neo4j.readQuery(
      `MATCH (g:Guideline) WHERE g.id IN $ids RETURN g.id AS id, g.status AS status`,
      { ids },
    );
    return new Map(result.records.map((r) => [String(r.get('id')), String(r.get('status'))]));
  }

  /** Live guidelines mentioning each entity of one kind, by title. */
  async mentionedIn(label: MentionableType, ids: readonly string[]): Promise<Map<string, GuidelineRecord[]>> {
    if (!(MENTIONABLE_TYPES as readonly string[]).includes(label))
      throw new Error(`not mentionable: ${label}`);
    const result = await this.neo4j.readQuery(
      `MATCH (e:${label}) WHERE e.id IN $ids
       RETURN e.id AS id, COLLECT {
         MATCH (g:Guideline)-[:MENTIONS]->(e)
         WITH g ORDER BY g.sortKey, g.id
         RETURN ${GUIDELINE}
       } AS guidelines`,
      { ids },
    );
    return new Map(
      result.records.map((r) => [String(r.get('id')), toPlain(r.get('guidelines')) as GuidelineRecord[]]),
    );
  }

  /** Of the ids a text mentions, those that name no live record (in the Papierkorb, or gone). */
  async missingMentionTargets(ids: readonly string[]): Promise<string[]> {
    const live = MENTIONABLE_TYPES.map((label) => `EXISTS { MATCH (:${label} {id: id}) }`).join(' OR ');
    const result = await this.neo4j.readQuery(
      `UNWIND $ids AS id WITH DISTINCT id WHERE NOT (${live}) RETURN id ORDER BY id`,
      { ids: [...ids] },
    );
    return result.records.map((record) => String(record.get('id')));
  }

  async bodyTexts(ids: readonly string[]): Promise<Map<string, string | null>> {
    const result = await this.neo4j.readQuery(
      `MATCH (g:Guideline) WHERE g.id IN $ids RETURN g.id AS id, g.bodyText AS bodyText`,
      { ids },
    );
    return new Map(
      result.records.map((r) => [String(r.get('id')), (r.get('bodyText') as string | null) ?? null]),
    );
  }
}
