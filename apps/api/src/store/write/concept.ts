import type { EntityType, Refusal } from '@netzwerkstatt/domain';
import type { Tx } from '../../database/neo4j.service.js';

/** A field of a concept's snapshot that is a relationship to other nodes, not a property. */
export interface ConceptLink {
  /** The snapshot field: one id (or null) when `single`, else a sorted list of ids. */
  field: string;
  relation: string;
  /** 'out': (node)-[:relation]->(target); 'in': (target)-[:relation]->(node). */
  direction: 'out' | 'in';
  target: EntityType;
  single?: boolean;
}

/** The editable state of a node: its properties and its form-level links, as history compares them. */
export type Snapshot = Record<string, unknown>;

/**
 * What a concept declares to get the write path: create, update with revisions, Papierkorb, restore of
 * earlier values, history, idempotent creates. Labels, property names and relationship types come from
 * these declarations only, never from input, so they may be written into Cypher text.
 */
export interface ConceptDefinition {
  type: EntityType;
  /** The property its German sort key is derived from (`title` or `name`). */
  sortKeyOf: string;
  /** Properties stored on the node, in the snapshot under the same names. */
  properties: readonly string[];
  /** Links that belong to the record's form and its revision (link mutations merge instead). */
  links: readonly ConceptLink[];
  /** Map projection of the node bound to `n`, as the concept's queries return it. */
  projection: string;
  /** Whether the steering group has taken the record up (see WRITE_POLICY in the domain library). */
  isProtected?: (current: Snapshot) => boolean;
  /** Fields that only the steering group changes while the record is protected. */
  protectedFields?: readonly string[];
  /** Fields only the steering group sets at all (status, priority, workflow). */
  steeringFields?: readonly string[];
  /** Fields that can never be empty (a restore of an earlier value may not empty them); default the sort-key field. */
  requiredFields?: readonly string[];
  /** Fields whose earlier values cannot be restored from the history (they follow a workflow). */
  notRestorable?: readonly string[];
  /** Names must be unique within the concept (compared by German sort key): the refusal naming the stored one. */
  uniqueName?: (existing: string) => Refusal;
  /**
   * A person's own record (a saved graph view), not shared network content: WRITE_POLICY's
   * `createPersonal`, `updatePersonal` and `deletePersonal` rows apply instead of create, update, delete,
   * and the Papierkorb shows it to its owner (and admins) only.
   */
  personal?: boolean;

  /**
   * Rules of the concept a record must still meet to come back from the Papierkorb (a mandate may not
   * make an eleventh seat), run in the restore's transaction; throws to refuse.
   */
  beforeRestore?: (tx: Tx, id: string) => Promise<void>;
  /** Relationship types whose other end is listed in the delete's history entry (last state). */
  trashNote?: readonly { field: string; relation: string; direction: 'out' | 'in'; target: EntityType }[];
}

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Declarations are code, but a typo must fail at start-up, not become a Cypher fragment. */
export function assertSafeDefinition(concept: ConceptDefinition): ConceptDefinition {
  const names = [
    concept.sortKeyOf,
    ...concept.properties,
    ...concept.links.flatMap((link) => [link.field, link.relation, link.target]),
    ...(concept.trashNote ?? []).flatMap((note) => [note.field, note.relation, note.target]),
  ];
  const bad = names.find((name) => !NAME.test(name));
  if (bad) throw new Error(`${concept.type}: "${bad}" is not a safe name for a property or relationship`);
  return concept;
}
