/** Where each kind of thing has its page. */
export const ENTITY_PATHS: Record<string, string> = {
  Actor: '/akteure',
  Person: '/personen',
  Challenge: '/herausforderungen',
  SolutionApproach: '/loesungsansaetze',
  GoodPractice: '/gute-praxis',
  ActionField: '/prozesskette',
};

export function entityPath(type: string, id: string): string | undefined {
  // Categories and regions have no page of their own: their actors are the directory, filtered.
  if (type === 'ActorCategory') return `/akteure?kategorie=${encodeURIComponent(id)}`;
  if (type === 'Region') return `/akteure?region=${encodeURIComponent(id)}`;
  const base = ENTITY_PATHS[type];
  if (!base) return undefined;
  return type === 'ActionField' ? `${base}#feld-${id}` : `${base}/${id}`;
}
