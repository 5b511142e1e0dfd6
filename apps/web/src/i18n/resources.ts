import de from './de.json' with { type: 'json' };
import csvDe from '../shared/csv/i18n/de.json' with { type: 'json' };
import legalDe from '../features/legal/i18n/de.json' with { type: 'json' };

export type Messages = Record<string, unknown>;
type Load = () => Promise<{ default: Messages }>;

/**
 * Every translation file of the app. German is the default and the fallback.
 *
 * - `de: <json>` (eager): ships with the first page. For texts of the frame (navigation, footer), of the
 *   first pages (start, sign-in) and of things used everywhere. Keep these lean: they count against
 *   the first page's 200 kB budget.
 * - `lazy: true` with `de: () => import(…)`: fetched together with the first page that is not a first
 *   page (see `page()` in app/pageRoute.ts). Right for a feature's own pages (import, admin, profile).
 *
 * English is always fetched when someone chooses it. Each file has its own top-level group ("admin.…");
 * the translation test checks every pair for missing keys and that every file is registered here.
 */
export const TRANSLATIONS: (
  { name: string; lazy?: false; de: Messages; en: Load } | { name: string; lazy: true; de: Load; en: Load }
)[] = [
  { name: 'app', de, en: () => import('./en.json', { with: { type: 'json' } }) },
  { name: 'csv', de: csvDe, en: () => import('../shared/csv/i18n/en.json', { with: { type: 'json' } }) },
  {
    name: 'legal',
    de: legalDe,
    en: () => import('../features/legal/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'editing',
    lazy: true,
    de: () => import('../shared/forms/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../shared/forms/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'history',
    lazy: true,
    de: () => import('../features/history/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/history/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'trash',
    lazy: true,
    de: () => import('../features/trash/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/trash/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'exports',
    lazy: true,
    de: () => import('../features/exports/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/exports/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'notifications',
    lazy: true,
    de: () => import('../features/notifications/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/notifications/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'steering',
    lazy: true,
    de: () => import('../features/steering/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/steering/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'solutions',
    lazy: true,
    de: () => import('../features/solutions/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/solutions/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'goodPractices',
    lazy: true,
    de: () => import('../features/good-practices/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/good-practices/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'persons',
    lazy: true,
    de: () => import('../features/persons/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/persons/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'actors',
    lazy: true,
    de: () => import('../features/actors/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/actors/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'processChain',
    lazy: true,
    de: () => import('../features/process-chain/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/process-chain/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'challenges',
    lazy: true,
    de: () => import('../features/challenges/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/challenges/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'guidelines',
    lazy: true,
    de: () => import('../features/guidelines/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/guidelines/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'guidelineVersions',
    lazy: true,
    de: () => import('../features/guidelines/versions/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/guidelines/versions/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'guidelineRevisions',
    lazy: true,
    de: () => import('../features/guidelines/revisions/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/guidelines/revisions/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'guidelineTemplates',
    lazy: true,
    de: () => import('../features/guidelines/templates/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/guidelines/templates/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'guidelineComments',
    lazy: true,
    de: () => import('../features/guidelines/comments/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/guidelines/comments/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'mandates',
    lazy: true,
    de: () => import('../features/mandates/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/mandates/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'graph',
    lazy: true,
    de: () => import('../features/graph/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/graph/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'meetings',
    lazy: true,
    de: () => import('../features/meetings/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/meetings/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'import',
    lazy: true,
    de: () => import('../features/import/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/import/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'profile',
    lazy: true,
    de: () => import('../features/profile/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/profile/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'links',
    lazy: true,
    de: () => import('../features/account-links/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/account-links/i18n/en.json', { with: { type: 'json' } }),
  },
  {
    name: 'admin',
    lazy: true,
    de: () => import('../features/admin/i18n/de.json', { with: { type: 'json' } }),
    en: () => import('../features/admin/i18n/en.json', { with: { type: 'json' } }),
  },
];

/** The German texts that ship with the first page. */
export function germanMessages(): Messages {
  return Object.assign({}, ...TRANSLATIONS.map((file) => (file.lazy ? {} : file.de)));
}

/** Texts of one language from the given files (all files when `lazyOnly` is false). */
export async function loadMessages(language: 'de' | 'en', which: 'all' | 'lazy'): Promise<Messages> {
  const files = TRANSLATIONS.filter((file) => which === 'all' || file.lazy);
  const loaded = await Promise.all(
    files.map(async (file) => {
      const source = file[language];
      return typeof source === 'function' ? (await source()).default : source;
    }),
  );
  return Object.assign({}, ...loaded);
}
