import type { JSONContent } from '@tiptap/core';
import { mentionText } from './mention.js';
import { attr, childrenOf } from './walk.js';

type Mark = NonNullable<JSONContent['marks']>[number];

/** Delimiters around a text run, outermost first; underline has no Markdown form, so it stays HTML. */
const MARK_DELIMITERS: Record<string, (mark: Mark) => [string, string]> = {
  link: (mark) => ['[', `](${escapeUrl(String(mark.attrs?.href ?? ''))})`],
  bold: () => ['**', '**'],
  italic: () => ['*', '*'],
  strike: () => ['~~', '~~'],
  underline: () => ['<u>', '</u>'],
};

function escapeUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}

/** Backslash-escapes what Markdown would read as syntax inside running text. */
function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

/** Escapes what would start a block construct at the beginning of a line. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, (_m, space: string, marker: string) =>
    marker.length === 1 ? `${space}\\${marker}` : `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`,
  );
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function textRun(node: JSONContent): string {
  const marks = node.marks ?? [];
  const raw = node.text ?? '';
  if (marks.some((mark) => mark.type === 'code')) return codeSpan(raw);
  // Emphasis must hug its text: surrounding spaces go outside the delimiters.
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(raw) ?? ['', '', raw, ''];
  if (!core) return raw;
  let out = escapeText(core);
  const ordered = [...marks].sort(
    (a, b) => Object.keys(MARK_DELIMITERS).indexOf(b.type) - Object.keys(MARK_DELIMITERS).indexOf(a.type),
  );
  for (const mark of ordered) {
    const delimiters = MARK_DELIMITERS[mark.type]?.(mark);
    if (delimiters) out = `${delimiters[0]}${out}${delimiters[1]}`;
  }
  return `${lead}${out}${trail}`;
}

function inline(nodes: JSONContent[], hardBreak = '\\\n'): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return textRun(node);
      if (node.type === 'hardBreak') return hardBreak;
      if (node.type === 'mention') return escapeText(mentionText(node.attrs ?? {}));
      return inline(childrenOf(node), hardBreak);
    })
    .join('');
}

function indent(text: string, prefix: string, first = prefix): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? first : line ? prefix : prefix.trimEnd()) + line)
    .join('\n');
}

function listItems(node: JSONContent, marker: (index: number, item: JSONContent) => string): string {
  return childrenOf(node)
    .map((item, index) => {
      const head = marker(index, item);
      const body = itemBody(childrenOf(item));
      return indent(body, ' '.repeat(head.length), head);
    })
    .join('\n');
}

/** A nested list follows its paragraph on the next line, which keeps the list tight. */
function itemBody(nodes: JSONContent[]): string {
  return nodes
    .map((node, index) => (index === 0 ? '' : /List$/.test(node.type ?? '') ? '\n' : '\n\n') + block(node))
    .join('');
}

function cell(node: JSONContent): string {
  return childrenOf(node)
    .map((block) => inline(childrenOf(block), '<br>'))
    .join('<br>')
    .replace(/\n/g, ' ');
}

function table(node: JSONContent): string {
  const rows = childrenOf(node).map((row) => childrenOf(row).map(cell));
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head), `| ${Array(width).fill('---').join(' | ')} |`, ...body.map(line)].join('\n');
}

function block(node: JSONContent): string {
  switch (node.type) {
    case 'paragraph':
      return escapeLineStart(inline(childrenOf(node)));
    case 'heading':
      return `${'#'.repeat(Math.min(6, Math.max(1, Number(attr(node, 'level') ?? 1))))} ${inline(childrenOf(node))}`;
    case 'blockquote':
      return indent(blocks(childrenOf(node)), '> ');
    case 'bulletList':
      return listItems(node, () => '- ');
    case 'orderedList': {
      const start = Number(attr(node, 'start') ?? 1);
      return listItems(node, (index) => `${start + index}. `);
    }
    case 'taskList':
      return listItems(node, (_i, item) => (attr(item, 'checked') ? '- [x] ' : '- [ ] '));
    case 'codeBlock': {
      const code = childrenOf(node)
        .map((child) => child.text ?? '')
        .join('');
      const fence = '`'.repeat(Math.max(3, ...(code.match(/`{3,}/g) ?? []).map((run) => run.length + 1)));
      return `${fence}${attr<string>(node, 'language') ?? ''}\n${code}\n${fence}`;
    }
    case 'horizontalRule':
      return '---';
    case 'table':
      return table(node);
    default:
      return blocks(childrenOf(node));
  }
}

function blocks(nodes: JSONContent[]): string {
  return nodes.map(block).join('\n\n');
}

/**
 * GitHub-flavoured Markdown of a document: headings, paragraphs, lists, task lists (`- [ ]`), tables
 * (the first row is the header), quotes, rules, code, marks and links; mentions as `@label`/`#label`.
 */
export function jsonToMarkdown(json: JSONContent): string {
  const text = blocks(childrenOf(json));
  return text ? `${text}\n` : '';
}
