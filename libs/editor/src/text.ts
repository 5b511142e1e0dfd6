import type { JSONContent } from '@tiptap/core';
import { mentionText } from './mention.js';
import { childrenOf } from './walk.js';

const INLINE_TEXT: Record<string, (node: JSONContent) => string> = {
  text: (node) => node.text ?? '',
  hardBreak: () => '\n',
  mention: (node) => mentionText(node.attrs ?? {}),
};

function inlineText(node: JSONContent): string {
  const own = INLINE_TEXT[node.type ?? ''];
  if (own) return own(node);
  return childrenOf(node).map(inlineText).join('');
}

function blocks(node: JSONContent, out: string[]): void {
  switch (node.type) {
    case 'horizontalRule':
      return;
    case 'tableRow':
      out.push(
        childrenOf(node)
          .map((cell) => cellText(cell))
          .join('\t'),
      );
      return;
    default:
      break;
  }
  const children = childrenOf(node);
  if (children.length === 0 || children.every((child) => INLINE_TEXT[child.type ?? ''])) {
    const text = children.map(inlineText).join('');
    if (text || node.type === 'paragraph' || node.type === 'heading') out.push(text);
    return;
  }
  for (const child of children) blocks(child, out);
}

function cellText(cell: JSONContent): string {
  const lines: string[] = [];
  for (const child of childrenOf(cell)) blocks(child, lines);
  return lines.filter(Boolean).join(' ');
}

/**
 * The document's plain text, one block a line (table cells separated by tabs), mentions as `@label` or
 * `#label`: what search indexes and what a snippet shows. Empty blocks leave no blank lines at the ends.
 */
export function jsonToText(json: JSONContent): string {
  const lines: string[] = [];
  blocks(json, lines);
  return lines.join('\n').trim();
}
