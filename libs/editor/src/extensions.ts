import { type AnyExtension, getSchema } from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { TableKit } from '@tiptap/extension-table';
import type { Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { mentionExtension, type MentionSuggestionOptions } from './mention.js';

export interface EditorExtensionOptions {
  mention?: MentionSuggestionOptions;
}

/**
 * The one extension list of a guideline, used by the web editor and by the server. tiptap's own undo
 * is off: with collaboration, undo is Yjs's (per person). Collaboration and CollaborationCaret are added
 * by the web editor, which alone has a provider.
 */
export function createEditorExtensions(options: EditorExtensionOptions = {}): AnyExtension[] {
  return [
    StarterKit.configure({ undoRedo: false }),
    TaskList,
    TaskItem.configure({ nested: true }),
    TableKit,
    mentionExtension(options.mention),
  ];
}

let schema: Schema | undefined;

/** The ProseMirror schema of the extension list (built once). */
export function editorSchema(): Schema {
  schema ??= getSchema(createEditorExtensions());
  return schema;
}
