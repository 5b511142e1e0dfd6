import type { StoredExportMeta } from './guideline-export.repository.js';

/** The licence of a guideline that names none (issue of the guideline workspace: CC BY 4.0 by default). */
export const DEFAULT_LICENCE = 'CC BY 4.0';

const LICENCE_URLS: Record<string, string> = {
  'CC BY 4.0': 'https://creativecommons.org/licenses/by/4.0/deed.de',
  'CC BY-SA 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/deed.de',
  'CC0 1.0': 'https://creativecommons.org/publicdomain/zero/1.0/deed.de',
};

const STATUS_LABELS: Record<string, string> = {
  draft: 'Entwurf',
  review: 'In Prüfung',
  published: 'Veröffentlicht',
};

/** What heads every export, in German: the network writes its guidelines in German. */
export interface ExportMeta {
  title: string;
  /** „Entwurf“, „In Prüfung“, „Veröffentlicht“. */
  status: string;
  /** „Version 1.2“, or null without a version label. */
  version: string | null;
  /** „Stand: 03.05.2025“: the published date, or when the text or its details last changed. */
  stand: string;
  licence: string;
  licenceUrl: string | null;
}

const GERMAN_DATE = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

export function exportMeta(stored: StoredExportMeta, now = new Date()): ExportMeta {
  const dates = stored.status === 'published' && stored.publishedAt ? [stored.publishedAt] : stored.changedAt;
  const times = dates.map((value) => Date.parse(value)).filter((time) => Number.isFinite(time));
  const standAt = times.length > 0 ? new Date(Math.max(...times)) : now;
  const licence = stored.licence?.trim() || DEFAULT_LICENCE;
  return {
    title: stored.title,
    status: STATUS_LABELS[stored.status] ?? stored.status,
    version: stored.version?.trim() ? `Version ${stored.version.trim()}` : null,
    stand: `Stand: ${GERMAN_DATE.format(standAt)}`,
    licence: `Lizenz: ${licence}`,
    licenceUrl: LICENCE_URLS[licence] ?? null,
  };
}

/** „Entwurf · Version 1.2 · Stand: 03.05.2025“ */
export function metaLine(meta: ExportMeta): string {
  return [meta.status, meta.version, meta.stand].filter(Boolean).join(' · ');
}

/** „Seite 2 von 5“ */
export function pageLabel(page: number, pages: number): string {
  return `Seite ${page} von ${pages}`;
}
