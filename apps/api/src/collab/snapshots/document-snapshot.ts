import { type JSONContent, jsonToText, seedFromJSON, yDocToJSON } from '@netzwerkstatt/editor';
import * as Y from 'yjs';

/** A guideline's text at one moment: the Yjs state, its body as ProseMirror JSON, and its plain text. */
export interface DocumentSnapshot {
  state: Uint8Array;
  json: JSONContent;
  text: string;
}

export function snapshotOf(doc: Y.Doc): DocumentSnapshot {
  const json = yDocToJSON(doc);
  return { state: Y.encodeStateAsUpdate(doc), json, text: jsonToText(json) };
}

/**
 * The snapshot of what is stored: the compacted state and the log after it, applied in order (a damaged
 * entry is skipped, as loading does); with nothing stored yet, the template the document will be seeded
 * from, or an empty body.
 */
export function snapshotFromStored(stored: { updates: Uint8Array[]; templateJson: string | null }) {
  const doc = new Y.Doc();
  try {
    for (const update of stored.updates) {
      try {
        Y.applyUpdate(doc, update);
      } catch {
        // Only readable updates are logged; a load skips a damaged one the same way.
      }
    }
    if (stored.updates.length === 0 && stored.templateJson) {
      try {
        seedFromJSON(doc, JSON.parse(stored.templateJson) as JSONContent);
      } catch {
        // Not usable: the document would start empty too.
      }
    }
    return snapshotOf(doc);
  } finally {
    doc.destroy();
  }
}
