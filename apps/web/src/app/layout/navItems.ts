import type { Role } from '@netzwerkstatt/domain';
import { paths } from '../../shared/paths';

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
  { to: paths.home(), labelKey: 'nav.home', end: true },
  { to: paths.processChain(), labelKey: 'nav.processChain' },
  { to: paths.actors(), labelKey: 'nav.actors' },
  { to: paths.persons(), labelKey: 'nav.persons' },
  { to: paths.challenges(), labelKey: 'nav.challenges' },
  { to: paths.solutions(), labelKey: 'nav.solutions' },
  { to: paths.goodPractices(), labelKey: 'nav.goodPractices' },
  { to: paths.guidelines(), labelKey: 'nav.guidelines' },
  { to: paths.steeringGroup(), labelKey: 'nav.steeringGroup' },
  { to: paths.graph(), labelKey: 'nav.graph' },
  { to: paths.meetings(), labelKey: 'nav.meetings' },
  { to: paths.steeringBoard(), labelKey: 'nav.steeringBoard' },
  { to: paths.steeringGaps(), labelKey: 'nav.steeringGaps' },
  { to: paths.import(), labelKey: 'nav.import' },
  { to: paths.admin(), labelKey: 'nav.admin', minRole: 'admin' },
];
