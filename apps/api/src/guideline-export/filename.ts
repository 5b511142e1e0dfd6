const TRANSLITERATION: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
};

const MAX_SLUG = 80;

/**
 * An ASCII file name stem of a title: umlauts and ß transliterated the German way (ä → ae), other
 * accents dropped, everything else that is not a letter or digit a single hyphen, lower case, at most
 * 80 characters, „leitfaden“ when nothing is left. Safe inside a quoted Content-Disposition filename.
 */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFC')
    .replace(/[äöüÄÖÜßẞ]/g, (c) => TRANSLITERATION[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
  return slug || 'leitfaden';
}

/** `attachment; filename="<slug>.<ext>"` */
export function attachment(title: string, extension: string): string {
  return `attachment; filename="${slugOf(title)}.${extension}"`;
}
