import { isMentionableType, type MentionableType } from '@netzwerkstatt/editor';

/** `@` names actors and persons, `#` the network's topics. */
export const MENTION_TYPES = {
  '@': ['Actor', 'Person'],
  '#': ['Challenge', 'SolutionApproach', 'GoodPractice', 'ActionField'],
} as const satisfies Record<string, readonly MentionableType[]>;

export type MentionChar = keyof typeof MENTION_TYPES;

/** One suggestion: what the inserted mention node carries. */
export interface MentionItem {
  id: string;
  label: string;
  entityType: MentionableType;
}

export const MAX_MENTION_ITEMS = 8;

/** The search needs two letters before it finds anything. */
export const MIN_MENTION_QUERY = 2;

/**
 * Search hits as suggestions for a trigger: only the kinds that trigger names (the search may answer
 * more), each thing once, best first, at most MAX_MENTION_ITEMS.
 */
export function toMentionItems(
  hits: readonly { id: string; type: string; title: string }[],
  char: MentionChar,
): MentionItem[] {
  const allowed: readonly string[] = MENTION_TYPES[char];
  const seen = new Set<string>();
  const items: MentionItem[] = [];
  for (const hit of hits) {
    if (!isMentionableType(hit.type) || !allowed.includes(hit.type) || seen.has(hit.id)) continue;
    seen.add(hit.id);
    items.push({ id: hit.id, label: hit.title.trim() || hit.id, entityType: hit.type });
    if (items.length === MAX_MENTION_ITEMS) break;
  }
  return items;
}
