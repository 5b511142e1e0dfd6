import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { editorSchema } from './extensions.js';
import { YJS_FRAGMENT } from './schema-version.js';

/** The document's body as ProseMirror JSON (no DOM needed, so the server can call it). */
export function yDocToJSON(doc: Y.Doc): JSONContent {
  const json = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(YJS_FRAGMENT)) as JSONContent;
  return { type: 'doc', content: json.content ?? [] };
}

/**
 * Writes ProseMirror JSON into an empty document's body, checked against the editor schema. Only the
 * server seeds, once per guideline: two seeds of one document would merge into duplicated text.
 */
export function seedFromJSON(doc: Y.Doc, json: JSONContent): void {
  const fragment = doc.getXmlFragment(YJS_FRAGMENT);
  if (fragment.length > 0) throw new Error('seedFromJSON: the document already has content');
  const node = editorSchema().nodeFromJSON(json);
  node.check();
  prosemirrorJSONToYXmlFragment(editorSchema(), node.toJSON(), fragment);
}
