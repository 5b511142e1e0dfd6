import type { JSONContent } from '@netzwerkstatt/editor';
import type { Readable } from 'node:stream';
import type { ExportMeta } from './export-meta.js';
import { renderDocx } from './render/docx.js';
import { renderHtml } from './render/html.js';
import { renderMarkdown } from './render/markdown.js';
import { renderPdf } from './render/pdf.js';

export interface ExportFormat {
  contentType: string;
  /** A finished file, or a stream of one (PDF). */
  render(meta: ExportMeta, body: JSONContent): Buffer | Readable | Promise<Buffer>;
}

/** The file types a guideline is exported as, by file extension. */
export const EXPORT_FORMATS = {
  md: {
    contentType: 'text/markdown; charset=utf-8',
    render: (meta, body) => Buffer.from(renderMarkdown(meta, body), 'utf8'),
  },
  html: {
    contentType: 'text/html; charset=utf-8',
    render: (meta, body) => Buffer.from(renderHtml(meta, body), 'utf8'),
  },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: renderDocx,
  },
  pdf: {
    contentType: 'application/pdf',
    render: renderPdf,
  },
} satisfies Record<string, ExportFormat>;

export type ExportExtension = keyof typeof EXPORT_FORMATS;
