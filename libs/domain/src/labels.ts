import type { LocalizedText } from './errors/domain-error.js';

/** The kinds of things in the network's graph, as named in code, the API and the database. */
export const ENTITY_TYPES = [
  'ActionField',
  'ActorCategory',
  'Actor',
  'Person',
  'Region',
  'Challenge',
  'SolutionApproach',
  'GoodPractice',
  'Guideline',
  'ActionGoal',
  'Comment',
  'Notification',
  'SavedGraphView',
  'Mandate',
  'Meeting',
  'AgendaItem',
  'ActionItem',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ENTITY_LABELS: Record<EntityType, { singular: LocalizedText; plural: LocalizedText }> = {
  ActionField: {
    singular: { de: 'Handlungsfeld', en: 'Action field' },
    plural: { de: 'Handlungsfelder', en: 'Action fields' },
  },
  ActorCategory: {
    singular: { de: 'Akteurskategorie', en: 'Actor category' },
    plural: { de: 'Akteurskategorien', en: 'Actor categories' },
  },
  Actor: { singular: { de: 'Akteur', en: 'Actor' }, plural: { de: 'Akteure', en: 'Actors' } },
  Person: {
    singular: { de: 'Ansprechperson', en: 'Contact person' },
    plural: { de: 'Ansprechpersonen', en: 'Contact persons' },
  },
  Region: { singular: { de: 'Region', en: 'Region' }, plural: { de: 'Regionen', en: 'Regions' } },
  Challenge: {
    singular: { de: 'Herausforderung', en: 'Challenge' },
    plural: { de: 'Herausforderungen', en: 'Challenges' },
  },
  SolutionApproach: {
    singular: { de: 'Lösungsansatz', en: 'Solution approach' },
    plural: { de: 'Lösungsansätze', en: 'Solution approaches' },
  },
  GoodPractice: {
    singular: { de: 'Beispiel guter Praxis', en: 'Good practice' },
    plural: { de: 'Beispiele guter Praxis', en: 'Good practices' },
  },
  Guideline: {
    singular: { de: 'Handlungsleitfaden', en: 'Guideline' },
    plural: { de: 'Handlungsleitfäden', en: 'Guidelines' },
  },
  ActionGoal: {
    singular: { de: 'Handlungsziel', en: 'Action goal' },
    plural: { de: 'Handlungsziele', en: 'Action goals' },
  },
  Comment: { singular: { de: 'Kommentar', en: 'Comment' }, plural: { de: 'Kommentare', en: 'Comments' } },
  Notification: {
    singular: { de: 'Benachrichtigung', en: 'Notification' },
    plural: { de: 'Benachrichtigungen', en: 'Notifications' },
  },
  SavedGraphView: {
    singular: { de: 'Gespeicherte Graph-Ansicht', en: 'Saved graph view' },
    plural: { de: 'Gespeicherte Graph-Ansichten', en: 'Saved graph views' },
  },
  Mandate: {
    singular: { de: 'Mandat in der Steuerungsgruppe', en: 'Steering group mandate' },
    plural: { de: 'Mandate in der Steuerungsgruppe', en: 'Steering group mandates' },
  },
  Meeting: { singular: { de: 'Treffen', en: 'Meeting' }, plural: { de: 'Treffen', en: 'Meetings' } },
  AgendaItem: {
    singular: { de: 'Tagesordnungspunkt', en: 'Agenda item' },
    plural: { de: 'Tagesordnungspunkte', en: 'Agenda items' },
  },
  ActionItem: {
    singular: { de: 'Aufgabe', en: 'Action item' },
    plural: { de: 'Aufgaben', en: 'Action items' },
  },
};

/**
 * The steering group's own records (agreement V, VI: its mandates, the meetings it prepares and follows
 * up): members read them, the steering group writes them.
 */
export const STEERING_RECORD_TYPES = [
  'Mandate',
  'Meeting',
  'AgendaItem',
  'ActionItem',
] as const satisfies readonly EntityType[];

type OutsideGraph = 'Comment' | 'Notification' | 'SavedGraphView' | (typeof STEERING_RECORD_TYPES)[number];
const OUTSIDE_GRAPH: readonly string[] = [
  'Comment',
  'Notification',
  'SavedGraphView',
  ...STEERING_RECORD_TYPES,
];

/**
 * The kinds the knowledge graph shows: comments and notifications are written through the same path
 * (revisions, Papierkorb), but they are conversation about a record, not part of the network's graph;
 * a saved graph view is a person's way of looking at the graph; the steering group's mandates are its
 * organisation, not the network's knowledge.
 */
export const GRAPH_TYPES = ENTITY_TYPES.filter(
  (type): type is Exclude<EntityType, OutsideGraph> => !OUTSIDE_GRAPH.includes(type),
);

/** What the one search box finds (the labels the full-text index covers), in the order results are grouped. */
export const SEARCHABLE_TYPES = [
  'Actor',
  'Person',
  'Challenge',
  'SolutionApproach',
  'GoodPractice',
  'Guideline',
  'ActionField',
  'ActorCategory',
  'Region',
] as const satisfies readonly EntityType[];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

/** Records that are not entities of the graph, named as a sentence starts with them (for NOT_FOUND). */
export const RECORD_LABELS = {
  account: { de: 'Ein Konto', en: 'An account' },
  activeAccount: { de: 'Ein aktives Konto', en: 'An active account' },
  session: { de: 'Eine Sitzung', en: 'A session' },
  invitation: { de: 'Die Einladung', en: 'The invitation' },
  change: { de: 'Die Änderung', en: 'The change' },
  node: { de: 'Knoten', en: 'Node' },
  guidelineVersion: { de: 'Die Fassung', en: 'The version' },
  guidelineRevision: { de: 'Der Zwischenstand', en: 'The revision' },
  guidelineTemplate: { de: 'Die Vorlage', en: 'The template' },
} satisfies Record<string, LocalizedText>;
