import type { LegalPageKey } from '../../graphql/generated/graphql';

/** The three legal pages: key in the API, path on the site, translation key of the title. */
export const LEGAL_PAGES: { key: LegalPageKey; path: string; titleKey: string }[] = [
  { key: 'imprint', path: '/impressum', titleKey: 'legal.pages.imprint' },
  { key: 'privacy', path: '/datenschutz', titleKey: 'legal.pages.privacy' },
  { key: 'accessibility', path: '/barrierefreiheit', titleKey: 'legal.pages.accessibility' },
];

export function legalPageOf(key: LegalPageKey): (typeof LEGAL_PAGES)[number] {
  return LEGAL_PAGES.find((page) => page.key === key) ?? LEGAL_PAGES[0];
}
