/**
 * Every address of the app in one place: links and navigation call these builders instead of writing
 * paths, and the route table declares its pages with them too (`routePattern(paths.actor(':id'))`),
 * so a page and the links to it cannot drift apart.
 */

function withQuery(path: string, query: Record<string, string | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export const paths = {
  home: () => '/',
  signIn: () => '/anmelden',
  signOut: () => '/abmelden',
  setup: () => '/setup',
  /** Links the server sends (apps/api/src/mail/links.ts has the same two). */
  invitation: () => '/einladung',
  passwordReset: () => '/passwort-neu',
  /** Where an account lands whose password someone else set. */
  passwordChangeRequired: () => '/passwort-aendern',
  search: (text?: string) => withQuery('/suche', { q: text }),
  profile: () => '/profil',
  accountDeleted: () => '/konto-geloescht',
  trash: () => '/papierkorb',
  notifications: () => '/benachrichtigungen',
  import: () => '/import',
  admin: () => '/admin',
  adminAccounts: () => '/admin/konten',
  adminLegal: (page?: string) => withQuery('/admin/rechtstexte', { seite: page }),

  processChain: () => '/prozesskette',
  /** An action field's place in the process chain. */
  actionField: (id: string) => `/prozesskette#feld-${id}`,

  actors: () => '/akteure',
  actor: (id: string) => `/akteure/${id}`,
  actorNew: () => '/akteure/neu',
  /** The directory filtered to one actor category. */
  actorsInCategory: (categoryId: string) => withQuery('/akteure', { kategorie: categoryId }),
  actorEdit: (id: string) => `/akteure/${id}/bearbeiten`,

  persons: () => '/personen',
  person: (id: string) => `/personen/${id}`,
  /** The form for a new contact person, working for `actorId` if given. */
  personNew: (actorId?: string) => withQuery('/personen/neu', { akteur: actorId }),
  personEdit: (id: string) => `/personen/${id}/bearbeiten`,

  challenges: () => '/herausforderungen',
  challenge: (id: string) => `/herausforderungen/${id}`,
  /** The form for a new challenge, in action field `actionFieldId` if given. */
  challengeNew: (actionFieldId?: string) => withQuery('/herausforderungen/neu', { feld: actionFieldId }),
  challengeEdit: (id: string) => `/herausforderungen/${id}/bearbeiten`,

  solutions: () => '/loesungsansaetze',
  solution: (id: string) => `/loesungsansaetze/${id}`,
  /** The form for a new solution approach, answering `challengeId` if given. */
  solutionNew: (challengeId?: string) => withQuery('/loesungsansaetze/neu', { herausforderung: challengeId }),
  solutionEdit: (id: string) => `/loesungsansaetze/${id}/bearbeiten`,

  goodPractices: () => '/gute-praxis',
  goodPractice: (id: string) => `/gute-praxis/${id}`,
  goodPracticeNew: () => '/gute-praxis/neu',
  goodPracticeEdit: (id: string) => `/gute-praxis/${id}/bearbeiten`,

  /** The steering group's board: challenges → solution approaches along the process chain. */
  steeringBoard: () => '/steuerung/board',
  /** The gap lists (Lückenlisten), each gap linking to where it is closed. */
  steeringGaps: () => '/steuerung/luecken',

  guidelines: () => '/leitfaeden',
  /** A guideline: its details and its text, written together. */
  guideline: (id: string) => `/leitfaeden/${id}`,
  guidelineNew: () => '/leitfaeden/neu',
  /** The form for a guideline's details (title, action field, version, status). */
  guidelineEdit: (id: string) => `/leitfaeden/${id}/bearbeiten`,
  /** A published version of a guideline (Fassung), read-only. */
  guidelineVersion: (id: string, number: number | string) => `/leitfaeden/${id}/fassungen/${number}`,

  /** The steering group's composition today, or on `day` (YYYY-MM-DD), and its due confirmations. */
  steeringGroup: (day?: string) => withQuery('/steuerungsgruppe', { tag: day }),
  mandateNew: () => '/steuerungsgruppe/mandate/neu',
  mandateEdit: (id: string) => `/steuerungsgruppe/mandate/${id}/bearbeiten`,

  /** The graph explorer, opened with these entities and their neighbours. */
  graph: (...ids: string[]) => withQuery('/graph', { knoten: ids.join(',') }),

  /** The meetings of a year (default: this year). */
  meetings: (year?: string) => withQuery('/treffen', { jahr: year }),
  meeting: (id: string) => `/treffen/${id}`,
  meetingNew: () => '/treffen/neu',
  meetingEdit: (id: string) => `/treffen/${id}/bearbeiten`,
} as const;

/** A path as the route table declares it: relative to the root ("akteure/:id"), the root itself "/". */
export function routePattern(path: string): string {
  return path === '/' ? '/' : path.replace(/^\//, '');
}

/** The addresses of one kind of record: its list, its page and its edit form. */
export interface RecordPaths {
  list: () => string;
  page: (id: string) => string;
  edit: (id: string) => string;
}

export const recordPaths = {
  actors: { list: paths.actors, page: paths.actor, edit: paths.actorEdit },
  persons: { list: paths.persons, page: paths.person, edit: paths.personEdit },
  challenges: { list: paths.challenges, page: paths.challenge, edit: paths.challengeEdit },
  solutions: { list: paths.solutions, page: paths.solution, edit: paths.solutionEdit },
  goodPractices: { list: paths.goodPractices, page: paths.goodPractice, edit: paths.goodPracticeEdit },
  guidelines: { list: paths.guidelines, page: paths.guideline, edit: paths.guidelineEdit },
  // A mandate has no page of its own: it is a row of the steering group's composition.
  mandates: { list: () => paths.steeringGroup(), page: () => paths.steeringGroup(), edit: paths.mandateEdit },
  meetings: { list: () => paths.meetings(), page: paths.meeting, edit: paths.meetingEdit },
} satisfies Record<string, RecordPaths>;
