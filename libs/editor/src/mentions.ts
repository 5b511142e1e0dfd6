import type { JSONContent } from '@tiptap/core';
import { isMentionableType, type MentionableType } from './mention.js';
import { walk } from './walk.js';

export interface MentionRef {
  id: string;
  entityType: MentionableType;
  label: string;
}

/**
 * The entities a document mentions, each once (first label wins), in document order. Mentions of an
 * unknown kind or without an id are left out: they cannot become graph edges.
 */
export function mentionsIn(json: JSONContent): MentionRef[] {
  const found = new Map<string, MentionRef>();
  walk(json, (node) => {
    if (node.type !== 'mention') return;
    const { id, entityType, label } = node.attrs ?? {};
    if (typeof id !== 'string' || !id || !isMentionableType(entityType)) return;
    const key = `${entityType}:${id}`;
    if (!found.has(key)) found.set(key, { id, entityType, label: typeof label === 'string' ? label : '' });
  });
  return [...found.values()];
}
