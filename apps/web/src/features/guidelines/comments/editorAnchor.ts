import type { EditorState } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { packAnchor, unpackAnchor } from './anchor';

/** A range of the editor's document (ProseMirror positions). */
export interface CommentRange {
  from: number;
  to: number;
}

/** The Yjs side of the editor: its document, the bound fragment and the mapping to ProseMirror nodes. */
function binding(state: EditorState) {
  const sync = ySyncPluginKey.getState(state);
  return sync?.binding ? { doc: sync.doc, type: sync.type, mapping: sync.binding.mapping } : null;
}

/**
 * The anchor of a selected range: its start sticks to the range's first character and its end to its
 * last, so text others type right before or after it stays outside, text typed inside grows it, and the
 * range follows every concurrent edit. Null while the editor is not bound to its document yet.
 */
export function anchorOfRange(state: EditorState, from: number, to: number): string | null {
  const bound = binding(state);
  if (!bound || to <= from) return null;
  const start = absolutePositionToRelativePosition(from, bound.type, bound.mapping);
  const end = absolutePositionToRelativePosition(to, bound.type, bound.mapping);
  // The binding ties a text position to the character before it; the start belongs to the one after.
  const absolute = Y.createAbsolutePositionFromRelativePosition(start, bound.doc);
  const ownStart =
    absolute && absolute.type instanceof Y.XmlText
      ? Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, 0)
      : start;
  return packAnchor(ownStart, end);
}

/** Where an anchor's text is now; null when it was deleted (or the anchor does not belong here). */
export function rangeOfAnchor(state: EditorState, anchor: string): CommentRange | null {
  const bound = binding(state);
  const positions = unpackAnchor(anchor);
  if (!bound || !positions) return null;
  try {
    const from = relativePositionToAbsolutePosition(bound.doc, bound.type, positions.start, bound.mapping);
    const to = relativePositionToAbsolutePosition(bound.doc, bound.type, positions.end, bound.mapping);
    if (from === null || to === null || to <= from || to > state.doc.content.size) return null;
    return { from, to };
  } catch {
    return null;
  }
}
