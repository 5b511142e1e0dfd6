import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  type ILevelsOptions,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { JSONContent } from '@netzwerkstatt/editor';
import { type ExportMeta, metaLine } from '../export-meta.js';
import {
  type Block,
  blocksOf,
  type FlowBlock,
  type ParagraphBlock,
  type Run,
  type TableCell as Cell,
} from './blocks.js';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** Twips per list level (a quarter inch). */
const STEP = 360;
const BULLETS = ['•', '◦', '▪'];
const MONO = 'Courier New';
const GREY = '555555';
/** Word's own symbol font has both boxes; other fonts fall back to it. */
const TASK_FONT = 'Segoe UI Symbol';

function levels(format: 'bullet' | 'number', start = 1): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: format === 'bullet' ? BULLETS[level % BULLETS.length] : `%${level + 1}.`,
    start,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: STEP * (level + 1), hanging: STEP } } },
  }));
}

const orderedReference = (start: number) => (start === 1 ? 'ordered' : `ordered-${start}`);

function textRuns(run: Run, extra: { bold?: boolean } = {}): TextRun[] {
  return run.text.split('\n').map(
    (part, index) =>
      new TextRun({
        text: part,
        break: index > 0 ? 1 : undefined,
        bold: run.bold || extra.bold || undefined,
        italics: run.italic || undefined,
        underline: run.underline ? {} : undefined,
        strike: run.strike || undefined,
        font: run.code ? MONO : undefined,
        style: run.href ? 'Hyperlink' : undefined,
      }),
  );
}

function inline(runs: Run[], extra: { bold?: boolean } = {}): ParagraphChild[] {
  return runs.flatMap((run): ParagraphChild[] =>
    run.href
      ? [new ExternalHyperlink({ link: run.href, children: textRuns(run, extra) })]
      : textRuns(run, extra),
  );
}

const QUOTE_BORDER = { left: { style: BorderStyle.SINGLE, size: 12, color: '9999AA', space: 8 } };

function paragraph(block: ParagraphBlock, extra: { bold?: boolean } = {}): Paragraph {
  const { marker, depth, quote } = block;
  const quoteIndent = quote ? STEP : 0;
  const children = inline(block.runs, extra);
  const common = {
    border: quote ? QUOTE_BORDER : undefined,
    spacing: { after: depth > 0 ? 60 : 120 },
  };
  if (marker?.type === 'bullet') {
    return new Paragraph({ ...common, children, numbering: { reference: 'bullets', level: depth - 1 } });
  }
  if (marker?.type === 'number') {
    return new Paragraph({
      ...common,
      children,
      numbering: { reference: orderedReference(marker.start), level: depth - 1, instance: marker.list },
    });
  }
  if (marker?.type === 'task') {
    return new Paragraph({
      ...common,
      indent: { left: STEP * depth + quoteIndent, hanging: STEP },
      children: [new TextRun({ text: `${marker.checked ? '☑' : '☐'}\t`, font: TASK_FONT }), ...children],
      tabStops: [{ type: TabStopType.LEFT, position: STEP * depth + quoteIndent }],
    });
  }
  return new Paragraph({ ...common, indent: { left: STEP * depth + quoteIndent }, children });
}

function flowBlock(block: FlowBlock, extra: { bold?: boolean } = {}): Paragraph {
  switch (block.kind) {
    case 'heading':
      return new Paragraph({ heading: HEADINGS[block.level - 1], children: inline(block.runs) });
    case 'paragraph':
      return paragraph(block, extra);
    case 'code':
      return new Paragraph({
        indent: { left: STEP * block.depth + (block.quote ? STEP : 0) },
        shading: { type: ShadingType.CLEAR, fill: 'F2F2F5', color: 'auto' },
        children: textRuns({ text: block.text, code: true }),
      });
    case 'rule':
      return new Paragraph({
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '9999AA', space: 1 } },
        children: [],
      });
  }
}

function cell(value: Cell): TableCell {
  const children = value.blocks.map((block) => flowBlock(block, { bold: value.header || undefined }));
  return new TableCell({
    columnSpan: value.colspan > 1 ? value.colspan : undefined,
    shading: value.header ? { type: ShadingType.CLEAR, fill: 'EEEEF5', color: 'auto' } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: children.length > 0 ? children : [new Paragraph({ children: [] })],
  });
}

function table(rows: Cell[][]): Table {
  const columns = Math.max(...rows.map((row) => row.reduce((sum, each) => sum + each.colspan, 0)));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: Array(columns).fill(Math.floor(9000 / columns)),
    rows: rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.every((each) => each.header) || undefined,
          children: row.map(cell),
        }),
    ),
  });
}

function body(blocks: Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') {
      out.push(table(block.rows));
      // Word joins two tables that touch; a paragraph keeps them apart.
      out.push(new Paragraph({ children: [] }));
    } else out.push(flowBlock(block));
  }
  return out;
}

function starts(blocks: Block[]): Set<number> {
  const found = new Set<number>([1]);
  const visit = (block: Block) => {
    if (block.kind === 'table') block.rows.flat().forEach((each) => each.blocks.forEach(visit));
    else if (block.kind === 'paragraph' && block.marker?.type === 'number') found.add(block.marker.start);
  };
  blocks.forEach(visit);
  return found;
}

function footer(meta: ExportMeta): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: 9000 }],
        children: [
          new TextRun({ text: `${meta.title} · ${meta.licence}`, size: 16, color: GREY }),
          new TextRun({
            children: ['\t', 'Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES],
            size: 16,
            color: GREY,
          }),
        ],
      }),
    ],
  });
}

/**
 * The guideline as a Word document (DOCX): the title, status, version and „Stand“ on top, the licence
 * and page numbers („Seite 1 von 3“) in the footer; headings as Word's heading styles, marks, bullet
 * and numbered lists as Word lists, checklists as ☐/☑ items, tables, quotes, rules, mentions as their label.
 */
export function renderDocx(meta: ExportMeta, json: JSONContent): Promise<Buffer> {
  const blocks = blocksOf(json);
  const doc = new Document({
    creator: 'Netzwerkstatt',
    title: meta.title,
    description: `${metaLine(meta)} · ${meta.licence}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'de-DE' } } } } },
    numbering: {
      config: [
        { reference: 'bullets', levels: levels('bullet') },
        ...[...starts(blocks)].map((start) => ({
          reference: orderedReference(start),
          levels: levels('number', start),
        })),
      ],
    },
    sections: [
      {
        footers: { default: footer(meta) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(meta.title)] }),
          new Paragraph({
            spacing: { after: 240 },
            children: [
              new TextRun({ text: metaLine(meta), color: GREY }),
              new TextRun({ text: meta.licence, color: GREY, break: 1 }),
            ],
          }),
          ...body(blocks),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
