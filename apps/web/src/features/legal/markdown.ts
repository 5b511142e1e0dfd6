// A small, safe Markdown subset for texts admins write (legal pages): headings, paragraphs with line
// breaks, lists, bold, italic, code and links. It produces a tree that React renders as elements, so
// HTML in the text is shown as text and never interpreted; links are limited to safe schemes.

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'break' };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; children: Inline[] }
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

const SAFE_HREF = /^(https?:\/\/|mailto:|tel:|\/(?!\/))/i;

/** http(s), mailto, tel and paths on this site; anything else (javascript:, data:, //host) is not a link. */
export function isSafeHref(href: string): boolean {
  return SAFE_HREF.test(href.trim());
}

const INLINE = new RegExp(
  [
    /\*\*(?<strong>[^\s*](?:[^*]*[^\s*])?)\*\*/.source,
    /\[(?<label>[^\]]+)\]\((?<href>[^)\s]+)\)/.source,
    /`(?<code>[^`]+)`/.source,
    /\*(?<em>[^\s*](?:[^*]*[^\s*])?)\*/.source,
    /(?<![\p{L}\p{N}_])_(?<em2>[^\s_](?:[^_]*[^\s_])?)_(?![\p{L}\p{N}_])/u.source,
    /(?<url>https?:\/\/[^\s<>()]*[^\s<>().,;:!?"'“”„])/.source,
  ].join('|'),
  'gu',
);

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const groups = match.groups ?? {};
    if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index) });
    last = match.index + match[0].length;
    if (groups.strong !== undefined) out.push({ kind: 'strong', children: parseInline(groups.strong) });
    else if (groups.label !== undefined) {
      out.push(
        isSafeHref(groups.href)
          ? { kind: 'link', href: groups.href.trim(), children: parseInline(groups.label) }
          : { kind: 'text', text: match[0] },
      );
    } else if (groups.code !== undefined) out.push({ kind: 'code', text: groups.code });
    else if (groups.em !== undefined || groups.em2 !== undefined) {
      out.push({ kind: 'em', children: parseInline(groups.em ?? groups.em2) });
    } else if (groups.url !== undefined) {
      out.push({ kind: 'link', href: groups.url, children: [{ kind: 'text', text: groups.url }] });
    }
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return mergeText(out);
}

function mergeText(nodes: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const node of nodes) {
    const previous = merged[merged.length - 1];
    if (node.kind === 'text' && previous?.kind === 'text') previous.text += node.text;
    else merged.push(node);
  }
  return merged;
}

const HEADING = /^(#{1,3})\s+(.+?)\s*#*\s*$/;
const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

/** Lines joined within a paragraph keep their line breaks (addresses in an Impressum rely on them). */
function paragraph(lines: string[]): Block {
  const children: Inline[] = [];
  lines.forEach((line, index) => {
    if (index > 0) children.push({ kind: 'break' });
    children.push(...parseInline(line.trim()));
  });
  return { kind: 'paragraph', children };
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let list: { ordered: boolean; items: Inline[][] } | null = null;
  const flush = () => {
    if (lines.length > 0) blocks.push(paragraph(lines));
    if (list) blocks.push({ kind: 'list', ...list });
    lines = [];
    list = null;
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (line.trim() === '') {
      flush();
    } else if (heading) {
      flush();
      blocks.push({
        kind: 'heading',
        level: heading[1].length as 1 | 2 | 3,
        children: parseInline(heading[2]),
      });
    } else if (bullet || numbered) {
      const ordered = numbered !== null;
      if (lines.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(parseInline((bullet ?? numbered)?.[1] ?? ''));
    } else if (list && /^\s{2,}/.test(raw)) {
      // An indented line continues the list item above it.
      const item = list.items[list.items.length - 1];
      item.push({ kind: 'break' }, ...parseInline(line.trim()));
    } else {
      if (list) flush();
      lines.push(line);
    }
  }
  flush();
  return blocks;
}
