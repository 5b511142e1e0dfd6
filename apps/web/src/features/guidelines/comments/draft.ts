import type { EditorState } from '@tiptap/pm/state';
import { anchorOfRange } from './editorAnchor';

/** A comment being written: where it will hang and the words it hangs on. */
export interface CommentDraft {
  anchor: string;
  quote: string;
}

/** The id under which the draft's text is marked while the comment is written. */
export const DRAFT_ID = 'draft';
const QUOTE_MAX = 300;

/** The draft for the selected text; null when nothing is selected (or the text is not bound yet). */
export function draftOfSelection(state: EditorState): CommentDraft | null {
  const { from, to, empty } = state.selection;
  if (empty) return null;
  const quote = state.doc.textBetween(from, to, ' ', ' ').replace(/\s+/g, ' ').trim();
  const anchor = quote ? anchorOfRange(state, from, to) : null;
  if (!anchor) return null;
  return { anchor, quote: quote.length > QUOTE_MAX ? `${quote.slice(0, QUOTE_MAX - 1)}…` : quote };
}
