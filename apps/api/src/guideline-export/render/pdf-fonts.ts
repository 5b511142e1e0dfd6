import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The PDF's fonts: DejaVu Sans and Sans Mono (from the `dejavu-fonts-ttf` package), embedded as subsets of
 * the glyphs a document uses. Unlike the PDF's built-in Helvetica (WinAnsi only), they show Polish,
 * Czech, Turkish, Romanian, Vietnamese, Greek, Cyrillic and Arabic letters — the names of the network's
 * people and organisations as they write them.
 */
export const PDF_FONTS = {
  regular: 'DejaVuSans',
  bold: 'DejaVuSans-Bold',
  italic: 'DejaVuSans-Oblique',
  boldItalic: 'DejaVuSans-BoldOblique',
  code: 'DejaVuSansMono',
} as const;

export type PdfFont = (typeof PDF_FONTS)[keyof typeof PDF_FONTS];

/** The font files (about 3.6 MB), read once when the first PDF is made. */
let files: Map<PdfFont, Buffer> | undefined;

function fontFiles(): Map<PdfFont, Buffer> {
  files ??= new Map(
    Object.values(PDF_FONTS).map((name) => [
      name,
      readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`)),
    ]),
  );
  return files;
}

/** Makes the fonts known to a document under their names (`doc.font(PDF_FONTS.bold)`). */
export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, file] of fontFiles()) doc.registerFont(name, file);
}
