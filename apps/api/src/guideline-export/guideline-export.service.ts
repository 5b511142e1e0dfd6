import { Injectable } from '@nestjs/common';
import { ENTITY_LABELS, notFound } from '@netzwerkstatt/domain';
import type { Readable } from 'node:stream';
import { DocumentReader } from '../collab/document/document-reader.js';
import { exportMeta } from './export-meta.js';
import { EXPORT_FORMATS, type ExportExtension } from './export-formats.js';
import { ExportSlots } from './export-slots.js';
import { attachment } from './filename.js';
import { GuidelineExportRepository } from './guideline-export.repository.js';

/** Exports rendered and sent at the same time, in this process. */
const CONCURRENT_EXPORTS = 4;

export interface ExportFile {
  contentType: string;
  /** `attachment; filename="<slug>.<ext>"` */
  disposition: string;
  body: Buffer | Readable;
}

/**
 * A guideline as a file: its metadata and its text as it is now (the live document when open, else
 * the stored state plus the log), rendered as Markdown, HTML, DOCX or PDF.
 */
@Injectable()
export class GuidelineExportService {
  private readonly slots = new ExportSlots(CONCURRENT_EXPORTS);

  constructor(
    private readonly repository: GuidelineExportRepository,
    private readonly reader: DocumentReader,
  ) {}

  /**
   * Renders the export and hands it to `send`, which resolves once it is sent; refuses an unknown id
   * or a guideline in the Papierkorb with NOT_FOUND before anything is sent.
   */
  export(id: string, extension: ExportExtension, send: (file: ExportFile) => Promise<void>): Promise<void> {
    return this.slots.run(async () => {
      const stored = await this.repository.meta(id);
      const body = stored ? await this.reader.currentJSON(id) : null;
      if (!stored || !body) throw notFound(ENTITY_LABELS.Guideline.singular, id);
      const meta = exportMeta(stored);
      const format = EXPORT_FORMATS[extension];
      await send({
        contentType: format.contentType,
        disposition: attachment(meta.title, extension),
        body: await format.render(meta, body),
      });
    });
  }
}
