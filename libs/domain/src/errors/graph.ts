import { type LocalizedText, type Refusal, refusal } from './domain-error.js';
import { REASONS } from './reasons.js';

/** Why a graph request is refused, besides the common reasons (REASONS). */
export const GRAPH_REASONS = {
  NOT_IN_GRAPH: 'NOT_IN_GRAPH',
  UNKNOWN_KEY: 'UNKNOWN_KEY',
  TOO_MANY: REASONS.TOO_MANY,
  OUT_OF_RANGE: REASONS.OUT_OF_RANGE,
  INVALID: REASONS.INVALID,
} as const;

const count = (n: number, locale: 'de-DE' | 'en-GB') => n.toLocaleString(locale);

/** Their messages. */
export const GRAPH_REFUSALS = {
  /** A kind of record that is written like the others but is not part of the knowledge graph. */
  notInGraph: (type: string): Refusal =>
    refusal(
      GRAPH_REASONS.NOT_IN_GRAPH,
      `„${type}“ gehört nicht zum Wissensgraphen.`,
      `"${type}" is not part of the knowledge graph.`,
    ),
  /** `label`: the list as a sentence starts with it („Die Handlungsfelder“). */
  unknownKey: (label: LocalizedText, key: string): Refusal =>
    refusal(
      GRAPH_REASONS.UNKNOWN_KEY,
      `${label.de} enthalten den unbekannten Schlüssel „${key}“.`,
      `${label.en} contain the unknown key "${key}".`,
    ),
  tooManyIds: (max: number): Refusal =>
    refusal(
      GRAPH_REASONS.TOO_MANY,
      `Eine Graph-Anfrage darf höchstens ${count(max, 'de-DE')} IDs nennen. Bitte wählen Sie weniger Knoten aus.`,
      `A graph request may name at most ${count(max, 'en-GB')} ids. Please select fewer nodes.`,
    ),
  /** A saved view's state is the web's JSON object; anything else would not reopen. */
  viewStateNotJson: (): Refusal =>
    refusal(
      GRAPH_REASONS.INVALID,
      'Der Zustand der Ansicht muss ein JSON-Objekt sein.',
      'The state of the view must be a JSON object.',
    ),
  limit: (max: number): Refusal =>
    refusal(
      GRAPH_REASONS.OUT_OF_RANGE,
      `Das Limit muss zwischen 1 und ${count(max, 'de-DE')} Knoten liegen.`,
      `The limit must be between 1 and ${count(max, 'en-GB')} nodes.`,
    ),
};

/** What a graph answer says when it holds less than was asked for (not a refusal: the answer stands). */
export const GRAPH_NOTICES = {
  /** An expand reached more neighbours than `limit`; the nearest were kept. */
  expandTruncated: (limit: number): LocalizedText => ({
    de: `Mehr als ${count(limit, 'de-DE')} Nachbarn erreichbar: die ${count(limit, 'de-DE')} nächsten wurden hinzugefügt. Wählen Sie weniger Knoten, Typen oder Beziehungsarten, um den Rest zu sehen.`,
    en: `More than ${count(limit, 'en-GB')} neighbours in reach: the nearest ${count(limit, 'en-GB')} were added. Choose fewer nodes, types or relationship kinds to see the rest.`,
  }),
  /** A filtered set matched `total` nodes, more than `limit`; the first in name order were kept. */
  setTruncated: (total: number, limit: number): LocalizedText => ({
    de: `${count(total, 'de-DE')} Knoten passen zum Filter: die ersten ${count(limit, 'de-DE')} (nach Namen) wurden hinzugefügt. Schränken Sie den Filter ein, um den Rest zu sehen.`,
    en: `${count(total, 'en-GB')} nodes match the filter: the first ${count(limit, 'en-GB')} (by name) were added. Narrow the filter to see the rest.`,
  }),
};
