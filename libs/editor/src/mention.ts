import Mention, { type MentionOptions } from '@tiptap/extension-mention';

/** What a mention may point at: the graph's content kinds a guideline can name. */
export const MENTIONABLE_TYPES = [
  'Actor',
  'Person',
  'Challenge',
  'SolutionApproach',
  'GoodPractice',
  'ActionField',
] as const;
export type MentionableType = (typeof MENTIONABLE_TYPES)[number];

export function isMentionableType(value: unknown): value is MentionableType {
  return typeof value === 'string' && (MENTIONABLE_TYPES as readonly string[]).includes(value);
}

/** Actors and persons are mentioned with `@`, everything else with `#`. */
export function mentionTrigger(entityType: unknown): '@' | '#' {
  return entityType === 'Actor' || entityType === 'Person' ? '@' : '#';
}

export interface MentionAttrs {
  id: string | null;
  label?: string | null;
  entityType: MentionableType | null;
  mentionSuggestionChar?: string;
}

/** What the web passes: its suggestion triggers (`@` and `#`) and their lists; the server passes none. */
export type MentionSuggestionOptions = Partial<
  Pick<MentionOptions<unknown, MentionAttrs>, 'suggestions' | 'suggestion' | 'HTMLAttributes'>
>;

function mentionText(attrs: Record<string, unknown>): string {
  const label = typeof attrs.label === 'string' && attrs.label ? attrs.label : String(attrs.id ?? '');
  return `${mentionTrigger(attrs.entityType)}${label}`;
}

/**
 * The mention inline node: `id`, `label`, `entityType`. Its text is `@label` or `#label` whatever
 * character typed it, so every renderer (editor, text, Markdown, HTML) agrees.
 */
export function mentionExtension(options: MentionSuggestionOptions = {}) {
  return Mention.extend({
    addAttributes() {
      return {
        ...this.parent?.(),
        entityType: {
          default: null,
          parseHTML: (element: { getAttribute(name: string): string | null }) =>
            element.getAttribute('data-entity-type'),
          renderHTML: (attributes: Record<string, unknown>) =>
            attributes.entityType ? { 'data-entity-type': attributes.entityType } : {},
        },
      };
    },
  }).configure({
    // The web's suggestion items carry `entityType` too; tiptap types them with its own attributes.
    ...(options as Partial<MentionOptions>),
    renderText: ({ node }) => mentionText(node.attrs),
    renderHTML: ({ options: merged, node }) => ['span', merged.HTMLAttributes, mentionText(node.attrs)],
  });
}

export { mentionText };
