import { type JSONContent, replaceWithJSON } from '@netzwerkstatt/editor';
import * as Y from 'yjs';

/**
 * The update that turns a document's body into `json`, made on a copy of the document: applied to the
 * live document (through its log, like any client's update) it is one forward change on top of the
 * history everyone has, so open editors merge it live and nothing stored is replaced.
 */
export function forwardChangeTo(doc: Y.Doc, json: JSONContent): Uint8Array {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(copy);
    replaceWithJSON(copy, json);
    return Y.encodeStateAsUpdate(copy, before);
  } finally {
    copy.destroy();
  }
}
