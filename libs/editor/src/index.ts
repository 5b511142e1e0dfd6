export { EDITOR_SCHEMA_VERSION, YJS_FRAGMENT } from './schema-version.js';
export { COLLAB_CLOSE, type CollabCloseReason, collabCloseReason } from './close-codes.js';
export { createEditorExtensions, editorSchema, type EditorExtensionOptions } from './extensions.js';
export {
  MENTIONABLE_TYPES,
  isMentionableType,
  mentionTrigger,
  type MentionAttrs,
  type MentionSuggestionOptions,
  type MentionableType,
} from './mention.js';
export { yDocToJSON, seedFromJSON } from './ydoc.js';
export { replaceWithJSON } from './replace.js';
export { jsonToText } from './text.js';
export { jsonToMarkdown } from './markdown.js';
export { jsonToHtml, escapeHtml } from './html.js';
export { mentionsIn, type MentionRef } from './mentions.js';
export type { JSONContent } from '@tiptap/core';
