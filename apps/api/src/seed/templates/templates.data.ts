import type { JSONContent } from '@netzwerkstatt/editor';
import { stableId } from '../stable-id.js';

/** A seeded template: its stable id is derived from `key`, so seeding MERGEs it on every start. */
export interface SeedTemplate {
  key: string;
  name: string;
  description: string;
  json: JSONContent;
}

const text = (value: string): JSONContent => ({ type: 'text', text: value });
const p = (value: string): JSONContent => ({ type: 'paragraph', content: [text(value)] });
const h2 = (value: string): JSONContent => ({ type: 'heading', attrs: { level: 2 }, content: [text(value)] });
const cell = (type: 'tableHeader' | 'tableCell', value: string): JSONContent => ({
  type,
  content: [value ? p(value) : { type: 'paragraph' }],
});
const table = (header: string[], rows: string[][]): JSONContent => ({
  type: 'table',
  content: [
    { type: 'tableRow', content: header.map((value) => cell('tableHeader', value)) },
    ...rows.map((row) => ({ type: 'tableRow', content: row.map((value) => cell('tableCell', value)) })),
  ],
});
const tasks = (...items: string[]): JSONContent => ({
  type: 'taskList',
  content: items.map((item) => ({ type: 'taskItem', attrs: { checked: false }, content: [p(item)] })),
});
const bullets = (...items: string[]): JSONContent => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [p(item)] })),
});

/**
 * The usual sections of a Handlungsleitfaden: metadata, purpose and target group, starting situation,
 * legal basis, the process chain step by step, contacts per region, funding, good practice, pitfalls,
 * checklists, a glossary in plain language, sources and version history. Each with a hint to replace.
 */
const GUIDELINE: JSONContent = {
  type: 'doc',
  content: [
    h2('Steckbrief'),
    table(
      ['Angabe', 'Inhalt'],
      [
        ['Titel', ''],
        ['Handlungsfeld', ''],
        ['Fassung', ''],
        ['Gültig ab (Stand)', ''],
        ['Beteiligte', ''],
        ['Lizenz', 'CC BY 4.0'],
      ],
    ),
    h2('Zweck und Zielgruppe'),
    p('Wofür ist dieser Leitfaden da, und für wen (Beratende, Betriebe, Zugewanderte)?'),
    h2('Ausgangslage und Herausforderung'),
    p('Welche Herausforderung beantwortet der Leitfaden? Was läuft heute nicht gut?'),
    h2('Rechtliche Grundlagen'),
    bullets('Gesetz oder Verordnung, Paragraf, worum es geht'),
    h2('Prozesskette Schritt für Schritt'),
    table(
      ['Schritt', 'Zuständige Stelle', 'Unterlagen', 'Frist', 'Kosten'],
      [
        ['1. ', '', '', '', ''],
        ['2. ', '', '', '', ''],
      ],
    ),
    h2('Ansprechpersonen je Region'),
    p('Wer hilft wo weiter? Erwähnen Sie Akteure und Ansprechpersonen mit @.'),
    h2('Förderprogramme'),
    bullets('Programm, Fördergeber, wer antragsberechtigt ist'),
    h2('Beispiele guter Praxis'),
    p('Was hat sich bewährt? Erwähnen Sie Beispiele guter Praxis mit #.'),
    h2('Stolpersteine und häufige Fragen'),
    bullets('Frage – Antwort'),
    h2('Checkliste'),
    tasks('Unterlagen vollständig', 'Zuständige Stelle informiert', 'Termin vereinbart'),
    h2('Glossar in einfacher Sprache'),
    bullets('Begriff: Erklärung in einfachen Worten'),
    h2('Quellen und Versionsverlauf'),
    bullets('Quelle mit Datum des Abrufs'),
  ],
};

/** A checklist to prepare, carry out and follow up a step, with whom to ask. */
const CHECKLIST: JSONContent = {
  type: 'doc',
  content: [
    p('Wofür gilt diese Checkliste, und wer arbeitet mit ihr?'),
    h2('Vorbereitung'),
    tasks('Zuständigkeit geklärt', 'Unterlagen zusammengestellt'),
    h2('Durchführung'),
    tasks('Termin wahrgenommen', 'Ergebnis festgehalten'),
    h2('Nachbereitung'),
    tasks('Nächste Schritte vereinbart', 'Beteiligte informiert'),
    h2('Ansprechpersonen'),
    p('Wer hilft weiter? Erwähnen Sie Akteure und Ansprechpersonen mit @.'),
  ],
};

export const SEED_TEMPLATES: readonly SeedTemplate[] = [
  {
    key: 'handlungsleitfaden',
    name: 'Handlungsleitfaden',
    description:
      'Die üblichen Abschnitte eines Handlungsleitfadens: Steckbrief, Zweck, Ausgangslage, Rechtliches, Prozesskette, Ansprechpersonen, Förderung, gute Praxis, Stolpersteine, Checkliste, Glossar und Quellen.',
    json: GUIDELINE,
  },
  {
    key: 'checkliste',
    name: 'Checkliste',
    description: 'Aufgaben zum Abhaken: Vorbereitung, Durchführung, Nachbereitung und Ansprechpersonen.',
    json: CHECKLIST,
  },
];

export function templateSeedId(key: string): string {
  return stableId(`template:${key}`);
}
