import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { RequireRole } from '../auth/access.decorator.js';
import type { ExportExtension } from './export-formats.js';
import { type ExportFile, GuidelineExportService } from './guideline-export.service.js';

/**
 * GET /guidelines/:id/export.(md|html|docx|pdf): a download for any signed-in account (session cookie
 * or bearer token, as GraphQL); anonymous → 401, unknown or in the Papierkorb → 404, both in the
 * domain's error shape. Never cached: the text changes while people write.
 */
@Controller('guidelines/:id')
@RequireRole('member')
export class GuidelineExportController {
  constructor(private readonly exports: GuidelineExportService) {}

  @Get('export.md')
  markdown(@Param('id') id: string, @Res() res: Response): Promise<void> {
    return this.send(id, 'md', res);
  }

  @Get('export.html')
  html(@Param('id') id: string, @Res() res: Response): Promise<void> {
    return this.send(id, 'html', res);
  }

  @Get('export.docx')
  docx(@Param('id') id: string, @Res() res: Response): Promise<void> {
    return this.send(id, 'docx', res);
  }

  @Get('export.pdf')
  pdf(@Param('id') id: string, @Res() res: Response): Promise<void> {
    return this.send(id, 'pdf', res);
  }

  private send(id: string, extension: ExportExtension, res: Response): Promise<void> {
    return this.exports.export(id, extension, async (file: ExportFile) => {
      res.status(200);
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Disposition', file.disposition);
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (extension === 'html')
        res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
      if (Buffer.isBuffer(file.body)) {
        res.setHeader('Content-Length', String(file.body.byteLength));
        res.end(file.body);
        return;
      }
      // A client that goes away ends the stream; nothing to answer then.
      await pipeline(file.body, res).catch(() => undefined);
    });
  }
}
