import type { JSONContent } from '@netzwerkstatt/editor';
import PDFDocument from 'pdfkit';
import { type ExportMeta, metaLine, pageLabel } from '../export-meta.js';
import {
  type Block,
  blocksOf,
  type FlowBlock,
  type ItemMarker,
  type ParagraphBlock,
  plainText,
  type Run,
  type TableCell,
} from './blocks.js';
import { PDF_FONTS, registerPdfFonts } from './pdf-fonts.js';
import { pdfText } from './pdf-text.js';

type Pdf = PDFKit.PDFDocument;

const MARGIN = 56;
const BOTTOM = 64;
const BODY_SIZE = 10.5;
const SMALL = 8.5;
const STEP = 18;
const LINK = '#1a4f9c';
const TEXT = '#1b1f24';
const GREY = '#555555';
const HEADING_SIZES = [17, 14.5, 12.5, 11.5, 11, 10.5];

function fontOf(run: Run, bold = false): string {
  if (run.code) return PDF_FONTS.code;
  const strong = bold || run.bold;
  if (strong && run.italic) return PDF_FONTS.boldItalic;
  if (strong) return PDF_FONTS.bold;
  if (run.italic) return PDF_FONTS.italic;
  return PDF_FONTS.regular;
}

/** The page's lowest usable line. */
const bottomOf = (doc: Pdf) => doc.page.height - BOTTOM;

/** Starts a new page unless `height` still fits on this one. */
function ensureRoom(doc: Pdf, height: number): void {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}

interface RunStyle {
  size: number;
  bold?: boolean;
  color?: string;
}

/** Writes runs as one wrapped paragraph from (x, doc.y), marks as fonts, underline, strike and links. */
function writeRuns(doc: Pdf, runs: Run[], x: number, width: number, style: RunStyle): void {
  const shown = runs.filter((run) => run.text.length > 0);
  if (shown.length === 0) {
    doc.font(PDF_FONTS.regular).fontSize(style.size).text(' ', x, doc.y, { width });
    return;
  }
  shown.forEach((run, index) => {
    doc
      .font(fontOf(run, style.bold))
      .fontSize(style.size)
      .fillColor(run.href ? LINK : (style.color ?? TEXT));
    const options: PDFKit.Mixins.TextOptions = {
      width,
      continued: index < shown.length - 1,
      underline: !!run.underline || !!run.href,
      strike: !!run.strike,
      link: run.href ?? null,
      lineGap: 1.5,
    };
    if (index === 0) doc.text(pdfText(run.text), x, doc.y, options);
    else doc.text(pdfText(run.text), options);
  });
  doc.fillColor(TEXT);
}

function checkbox(doc: Pdf, x: number, y: number, checked: boolean): void {
  const size = 7.5;
  doc.save().lineWidth(0.8).strokeColor(TEXT).rect(x, y, size, size).stroke();
  if (checked) {
    doc
      .moveTo(x + 1.5, y + 3.8)
      .lineTo(x + 3.2, y + 5.8)
      .lineTo(x + 6.2, y + 1.6)
      .lineWidth(1.2)
      .stroke();
  }
  doc.restore();
}

function drawMarker(doc: Pdf, marker: ItemMarker, x: number, y: number): void {
  if (marker.type === 'task') {
    checkbox(doc, x, y + 2, marker.checked);
    return;
  }
  const text = marker.type === 'bullet' ? '•' : `${marker.value}.`;
  doc
    .font(PDF_FONTS.regular)
    .fontSize(BODY_SIZE)
    .fillColor(TEXT)
    .text(text, x, y, { width: STEP + 6, lineBreak: false });
}

function paragraph(doc: Pdf, block: ParagraphBlock, left: number, width: number): void {
  const quote = block.quote ? 12 : 0;
  const indent = block.depth * STEP + quote;
  const x = left + indent;
  ensureRoom(doc, BODY_SIZE * 1.6);
  const top = doc.y;
  if (block.marker) drawMarker(doc, block.marker, x - STEP + 2, top);
  doc.y = top;
  writeRuns(doc, block.runs, x, width - indent, { size: BODY_SIZE, color: block.quote ? '#3a3f47' : TEXT });
  if (block.quote) {
    doc
      .save()
      .lineWidth(2)
      .strokeColor('#9999aa')
      .moveTo(left + 3, top)
      .lineTo(left + 3, doc.y)
      .stroke()
      .restore();
  }
  doc.y += block.depth > 0 ? 2 : 5;
}

function flowBlock(doc: Pdf, block: FlowBlock, left: number, width: number): void {
  switch (block.kind) {
    case 'heading': {
      const size = HEADING_SIZES[block.level - 1];
      doc.y += block.level <= 2 ? 8 : 4;
      // A heading never stays alone at the foot of a page.
      ensureRoom(doc, size * 1.4 + BODY_SIZE * 3);
      writeRuns(doc, block.runs, left, width, { size, bold: true });
      doc.y += 4;
      return;
    }
    case 'paragraph':
      paragraph(doc, block, left, width);
      return;
    case 'code': {
      const indent = block.depth * STEP + (block.quote ? 12 : 0);
      const code = pdfText(block.text) || ' ';
      const options = { width: width - indent - 12, lineGap: 1 };
      doc.font(PDF_FONTS.code).fontSize(9.5);
      const height = doc.heightOfString(code, options);
      ensureRoom(doc, Math.min(height, BODY_SIZE * 4) + 8);
      // A grey ground where the block fits on this page; a longer one flows on without it.
      if (doc.y + height + 8 <= bottomOf(doc)) {
        doc
          .save()
          .rect(left + indent, doc.y, width - indent, height + 8)
          .fill('#f2f2f5')
          .restore();
      }
      doc.fillColor(TEXT).text(code, left + indent + 6, doc.y + 4, options);
      doc.y += 9;
      return;
    }
    case 'rule': {
      ensureRoom(doc, 12);
      doc.y += 4;
      doc
        .save()
        .lineWidth(0.7)
        .strokeColor('#9999aa')
        .moveTo(left, doc.y)
        .lineTo(left + width, doc.y)
        .stroke()
        .restore();
      doc.y += 8;
      return;
    }
  }
}

/** A cell's text: its blocks as lines, list items with a text marker. */
function cellText(cell: TableCell): string {
  return cell.blocks
    .map((block) => {
      if (block.kind === 'rule') return '';
      if (block.kind === 'code') return block.text;
      const prefix =
        block.kind === 'paragraph' && block.marker
          ? block.marker.type === 'task'
            ? block.marker.checked
              ? '[x] '
              : '[ ] '
            : block.marker.type === 'bullet'
              ? '• '
              : `${block.marker.value}. `
          : '';
      return `${'  '.repeat(block.kind === 'paragraph' ? Math.max(0, block.depth - 1) : 0)}${prefix}${plainText(block.runs)}`;
    })
    .join('\n');
}

const PAD = 4;

function table(doc: Pdf, rows: TableCell[][], left: number, width: number): void {
  const columns = Math.max(...rows.map((row) => row.reduce((sum, cell) => sum + cell.colspan, 0)));
  const columnWidth = width / columns;
  const maxHeight = bottomOf(doc) - MARGIN - 2 * PAD;
  const layout = (row: TableCell[]) =>
    row.map((cell) => {
      const text = pdfText(cellText(cell));
      const cellWidth = columnWidth * cell.colspan - 2 * PAD;
      doc.font(cell.header ? PDF_FONTS.bold : PDF_FONTS.regular).fontSize(9.5);
      return {
        cell,
        text,
        cellWidth,
        height: Math.min(maxHeight, doc.heightOfString(text || ' ', { width: cellWidth, lineGap: 1 })),
      };
    });
  const header = rows[0].every((cell) => cell.header) ? rows[0] : null;

  const drawRow = (row: TableCell[]) => {
    const cells = layout(row);
    const height = Math.max(...cells.map((each) => each.height)) + 2 * PAD;
    if (doc.y + height > bottomOf(doc)) {
      doc.addPage();
      if (header && row !== header) drawRow(header);
    }
    const top = doc.y;
    let x = left;
    for (const { cell, text, cellWidth } of cells) {
      const full = cellWidth + 2 * PAD;
      doc.save();
      if (cell.header) doc.rect(x, top, full, height).fill('#eeeef5');
      doc.lineWidth(0.6).strokeColor('#9999aa').rect(x, top, full, height).stroke().restore();
      doc
        .font(cell.header ? PDF_FONTS.bold : PDF_FONTS.regular)
        .fontSize(9.5)
        .fillColor(TEXT)
        .text(text || ' ', x + PAD, top + PAD, {
          width: cellWidth,
          height: height - 2 * PAD,
          lineGap: 1,
          ellipsis: true,
        });
      x += full;
    }
    doc.x = left;
    doc.y = top + height;
  };

  ensureRoom(doc, 40);
  doc.y += 2;
  for (const row of rows) drawRow(row);
  doc.y += 8;
}

function head(doc: Pdf, meta: ExportMeta, left: number, width: number): void {
  doc
    .font(PDF_FONTS.regular)
    .fontSize(SMALL)
    .fillColor(GREY)
    .text('Handlungsleitfaden', left, MARGIN, { width });
  doc.moveDown(0.3);
  doc.font(PDF_FONTS.bold).fontSize(20).fillColor(TEXT).text(pdfText(meta.title), left, doc.y, { width });
  doc.moveDown(0.3);
  doc
    .font(PDF_FONTS.regular)
    .fontSize(9.5)
    .fillColor(GREY)
    .text(pdfText(metaLine(meta)), left, doc.y, { width });
  doc.text(pdfText(meta.licence), left, doc.y, { width, link: meta.licenceUrl, underline: false });
  doc.y += 6;
  doc
    .save()
    .lineWidth(0.7)
    .strokeColor('#9999aa')
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .stroke()
    .restore();
  doc.y += 12;
  doc.fillColor(TEXT);
}

/** Every page's footer: title and licence on the left, „Seite n von m“ on the right. */
function footers(doc: Pdf, meta: ExportMeta, left: number, width: number): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    // Writing below the bottom margin would start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - BOTTOM + 24;
    doc
      .save()
      .lineWidth(0.5)
      .strokeColor('#ccccd6')
      .moveTo(left, y - 6)
      .lineTo(left + width, y - 6)
      .stroke()
      .restore();
    doc.font(PDF_FONTS.regular).fontSize(SMALL).fillColor(GREY);
    const pages = pageLabel(index - start + 1, count);
    const pagesWidth = doc.widthOfString(pages);
    doc.text(pdfText(`${meta.title} · ${meta.licence}`), left, y, {
      width: width - pagesWidth - 12,
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(pages, left + width - pagesWidth, y, { width: pagesWidth + 1, lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The guideline as PDF (A4, DejaVu Sans embedded as a subset, see pdf-fonts.ts): a head block with
 * title, status, version, „Stand“ and licence, the text with headings, marks, lists, checklists (drawn
 * boxes), simple tables (a header row repeats on a new page), quotes and rules; every page's footer
 * names the title and licence and „Seite n von m“. Returns the finished document as a readable stream.
 */
export function renderPdf(meta: ExportMeta, json: JSONContent): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: BOTTOM },
    bufferPages: true,
    lang: 'de-DE',
    displayTitle: true,
    info: {
      Title: meta.title,
      Subject: `${metaLine(meta)} · ${meta.licence}`,
      Creator: 'Netzwerkstatt',
      Producer: 'Netzwerkstatt',
    },
  });
  registerPdfFonts(doc);
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  head(doc, meta, left, width);
  for (const block of blocksOf(json) as Block[]) {
    if (block.kind === 'table') table(doc, block.rows, left, width);
    else flowBlock(doc, block, left, width);
  }
  footers(doc, meta, left, width);
  doc.end();
  return doc;
}
