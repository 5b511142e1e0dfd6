import type { Role } from '@netzwerkstatt/domain';

export interface NavItem {
  to: string;
  /** Translation key of the link text. */
  labelKey: string;
  /** Shown only to accounts whose role satisfies this one. */
  minRole?: Role;
  /** Matches only the exact path (for "/"). */
  end?: boolean;
}

/** The main navigation, in reading order. Add a feature's entry here when it gets a page. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.home', end: true },
  { to: '/prozesskette', labelKey: 'nav.processChain' },
  { to: '/akteure', labelKey: 'nav.actors' },
  { to: '/personen', labelKey: 'nav.persons' },
  { to: '/herausforderungen', labelKey: 'nav.challenges' },
  { to: '/loesungsansaetze', labelKey: 'nav.solutions' },
  { to: '/gute-praxis', labelKey: 'nav.goodPractices' },
  { to: '/import', labelKey: 'nav.import' },
  { to: '/admin', labelKey: 'nav.admin', minRole: 'admin' },
];
