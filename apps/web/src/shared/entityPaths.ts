import { paths } from './paths';

/** Where each kind of thing has its page. */
const PAGES: Record<string, (id: string) => string> = {
  Actor: paths.actor,
  Person: paths.person,
  Challenge: paths.challenge,
  SolutionApproach: paths.solution,
  GoodPractice: paths.goodPractice,
  Guideline: paths.guideline,
  ActionField: paths.actionField,
};

export function entityPath(type: string, id: string): string | undefined {
  // Categories and regions have no page of their own: their actors are the directory, filtered.
  if (type === 'ActorCategory') return `${paths.actors()}?kategorie=${encodeURIComponent(id)}`;
  if (type === 'Region') return `${paths.actors()}?region=${encodeURIComponent(id)}`;
  return PAGES[type]?.(id);
}
