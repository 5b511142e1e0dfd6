import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment, updateYFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { editorSchema } from './extensions.js';
import { YJS_FRAGMENT } from './schema-version.js';

/**
 * Makes a document's body equal to `json` as one forward change of the document, checked against the
 * editor schema: unchanged blocks stay as they are (the change touches only what differs), so edits
 * others make meanwhile in untouched blocks survive the merge. What it writes is an ordinary Yjs
 * update — the server stores and relays it like any client's — never a replaced state.
 */
export function replaceWithJSON(doc: Y.Doc, json: JSONContent): void {
  const fragment = doc.getXmlFragment(YJS_FRAGMENT);
  // A body never written (a new document) has no blocks, which the schema's `doc` would not accept.
  if (!json.content?.length) {
    if (fragment.length > 0) doc.transact(() => fragment.delete(0, fragment.length));
    return;
  }
  const node = editorSchema().nodeFromJSON(json);
  node.check();
  doc.transact(() => {
    if (fragment.length === 0) {
      prosemirrorJSONToYXmlFragment(editorSchema(), node.toJSON(), fragment);
      return;
    }
    updateYFragment(doc, fragment, node, { mapping: new Map(), isOMark: new Map() });
  });
}
