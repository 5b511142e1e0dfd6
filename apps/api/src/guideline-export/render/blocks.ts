import type { JSONContent } from '@netzwerkstatt/editor';

/** A piece of running text with its marks. Mentions arrive as their label, hard breaks as `'\n'`. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  code?: boolean;
  href?: string;
}

/** How a list item's first paragraph is marked; its further paragraphs carry none. */
export type ItemMarker =
  | { type: 'bullet' }
  | { type: 'number'; value: number; start: number; list: number }
  | { type: 'task'; checked: boolean };

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  /** List nesting: 0 outside lists, 1 in a top-level list's item, … */
  depth: number;
  marker?: ItemMarker;
  quote: boolean;
}

export interface TableCell {
  header: boolean;
  colspan: number;
  blocks: FlowBlock[];
}

export type FlowBlock =
  | { kind: 'heading'; level: number; runs: Run[] }
  | ParagraphBlock
  | { kind: 'code'; text: string; depth: number; quote: boolean }
  | { kind: 'rule' };

/** What the DOCX and PDF writers lay out, in document order. Tables inside tables become paragraphs. */
export type Block = FlowBlock | { kind: 'table'; rows: TableCell[][] };

type Mark = NonNullable<JSONContent['marks']>[number];

const children = (node: JSONContent): JSONContent[] => (Array.isArray(node.content) ? node.content : []);

function mentionLabel(attrs: Record<string, unknown> | undefined): string {
  const label = attrs?.label;
  return typeof label === 'string' && label ? label : String(attrs?.id ?? '');
}

/** Links only to the web, mail and telephone, as the HTML export allows. */
function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  const value = href.trim();
  return /^(https?:|mailto:|tel:)/i.test(value) ? value : undefined;
}

function runOf(text: string, marks: Mark[] = []): Run {
  const run: Run = { text };
  for (const mark of marks) {
    if (mark.type === 'bold') run.bold = true;
    else if (mark.type === 'italic') run.italic = true;
    else if (mark.type === 'underline') run.underline = true;
    else if (mark.type === 'strike') run.strike = true;
    else if (mark.type === 'code') run.code = true;
    else if (mark.type === 'link') run.href = safeHref(mark.attrs?.href);
  }
  return run;
}

/** The runs of an inline container, neighbours with the same marks merged. */
export function runsOf(node: JSONContent): Run[] {
  const runs: Run[] = [];
  const push = (run: Run) => {
    const last = runs.at(-1);
    if (last && sameMarks(last, run)) last.text += run.text;
    else if (run.text) runs.push(run);
  };
  const visit = (inline: JSONContent) => {
    if (inline.type === 'text') push(runOf(inline.text ?? '', inline.marks));
    else if (inline.type === 'hardBreak') push(runOf('\n', inline.marks));
    else if (inline.type === 'mention') push(runOf(mentionLabel(inline.attrs), inline.marks));
    else children(inline).forEach(visit);
  };
  children(node).forEach(visit);
  return runs;
}

function sameMarks(a: Run, b: Run): boolean {
  return (
    !!a.bold === !!b.bold &&
    !!a.italic === !!b.italic &&
    !!a.underline === !!b.underline &&
    !!a.strike === !!b.strike &&
    !!a.code === !!b.code &&
    a.href === b.href
  );
}

/** The plain text of a run list, e.g. for a heading's bookmark or a test. */
export function plainText(runs: Run[]): string {
  return runs.map((run) => run.text).join('');
}

interface Context {
  depth: number;
  quote: boolean;
  /** The marker for the next paragraph of the current list item, used once. */
  marker?: ItemMarker;
  /** Numbers each ordered list, so a writer can restart its numbering. */
  lists: { next: number };
}

function flow(node: JSONContent, context: Context, out: FlowBlock[], inTable: boolean): void {
  const takeMarker = () => {
    const marker = context.marker;
    context.marker = undefined;
    return marker;
  };
  switch (node.type) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 1) || 1));
      if (context.depth > 0 || context.quote || inTable) {
        out.push({
          kind: 'paragraph',
          runs: boldRuns(runsOf(node)),
          depth: context.depth,
          marker: takeMarker(),
          quote: context.quote,
        });
      } else out.push({ kind: 'heading', level, runs: runsOf(node) });
      return;
    }
    case 'paragraph':
      out.push({
        kind: 'paragraph',
        runs: runsOf(node),
        depth: context.depth,
        marker: takeMarker(),
        quote: context.quote,
      });
      return;
    case 'codeBlock':
      takeMarker();
      out.push({
        kind: 'code',
        text: children(node)
          .map((child) => child.text ?? '')
          .join(''),
        depth: context.depth,
        quote: context.quote,
      });
      return;
    case 'horizontalRule':
      out.push({ kind: 'rule' });
      return;
    case 'blockquote':
      for (const child of children(node)) flow(child, { ...context, quote: true }, out, inTable);
      return;
    case 'bulletList':
    case 'orderedList':
    case 'taskList': {
      const list = context.lists.next++;
      const start = Number(node.attrs?.start ?? 1);
      const first = Number.isInteger(start) ? start : 1;
      children(node).forEach((item, index) => {
        const marker: ItemMarker =
          node.type === 'bulletList'
            ? { type: 'bullet' }
            : node.type === 'orderedList'
              ? { type: 'number', value: first + index, start: first, list }
              : { type: 'task', checked: item.attrs?.checked === true };
        const inner: Context = { ...context, depth: context.depth + 1, marker };
        for (const child of children(item)) flow(child, inner, out, inTable);
        // An item without a paragraph of its own still shows its marker.
        if (inner.marker)
          out.push({ kind: 'paragraph', runs: [], depth: inner.depth, marker, quote: context.quote });
      });
      return;
    }
    case 'table':
      // A table inside a cell or a list item: its rows become lines, cells separated by „ | “.
      for (const row of children(node)) {
        const cells = children(row).map((cell) => {
          const inner: FlowBlock[] = [];
          for (const child of children(cell)) flow(child, { ...context, marker: undefined }, inner, true);
          return inner.flatMap((block) => ('runs' in block ? [plainText(block.runs)] : [])).join(' ');
        });
        out.push({
          kind: 'paragraph',
          runs: [{ text: cells.join(' | ') }],
          depth: context.depth,
          quote: context.quote,
        });
      }
      return;
    default:
      for (const child of children(node)) flow(child, context, out, inTable);
  }
}

function boldRuns(runs: Run[]): Run[] {
  return runs.map((run) => ({ ...run, bold: true }));
}

function table(node: JSONContent, lists: Context['lists']): Block {
  const rows = children(node).map((row) =>
    children(row).map((cell): TableCell => {
      const blocks: FlowBlock[] = [];
      for (const child of children(cell)) flow(child, { depth: 0, quote: false, lists }, blocks, true);
      const colspan = Number(cell.attrs?.colspan ?? 1);
      return {
        header: cell.type === 'tableHeader',
        colspan: Number.isInteger(colspan) && colspan > 1 ? colspan : 1,
        blocks,
      };
    }),
  );
  return { kind: 'table', rows: rows.filter((row) => row.length > 0) };
}

/** The document as blocks a page layout can place one after another. */
export function blocksOf(doc: JSONContent): Block[] {
  const lists = { next: 0 };
  const out: Block[] = [];
  const visit = (node: JSONContent, context: Context) => {
    if (node.type === 'table') {
      const block = table(node, lists);
      if (block.kind === 'table' && block.rows.length > 0) out.push(block);
      return;
    }
    if (node.type === 'blockquote' && children(node).some((child) => child.type === 'table')) {
      for (const child of children(node)) visit(child, { ...context, quote: true });
      return;
    }
    const flowed: FlowBlock[] = [];
    flow(node, context, flowed, false);
    out.push(...flowed);
  };
  for (const node of children(doc)) visit(node, { depth: 0, quote: false, lists });
  return out;
}
