// The CSV import of actors as server and client both know it: the columns, what their headers may
// say, what a „Landesweit“ cell may say, and how many rows a request takes.

/** The columns of an actor import, in file order; also the `field` of every issue (besides `row`). */
export const ACTOR_IMPORT_FIELDS = [
  'name',
  'description',
  'website',
  'email',
  'categories',
  'actionFields',
  'regions',
  'statewide',
] as const;
export type ActorImportField = (typeof ACTOR_IMPORT_FIELDS)[number];

/** The columns that name reference data: names or keys, separated by „|“ or „,“. */
export type ActorImportListField = Extract<ActorImportField, 'categories' | 'actionFields' | 'regions'>;

/** The template's German headers, and what else a header may say (English exports, spellings, keys). */
export const ACTOR_IMPORT_COLUMNS: readonly {
  field: ActorImportField;
  header: string;
  aliases: readonly string[];
}[] = [
  { field: 'name', header: 'Name', aliases: [] },
  { field: 'description', header: 'Beschreibung', aliases: ['Description'] },
  { field: 'website', header: 'Website', aliases: ['Webseite', 'Webadresse', 'Internetseite', 'URL'] },
  { field: 'email', header: 'E-Mail', aliases: ['Mail', 'E-Mail-Adresse', 'E-mail address'] },
  {
    field: 'categories',
    header: 'Kategorien',
    aliases: ['Kategorie', 'Akteurskategorien', 'Categories', 'Actor categories'],
  },
  { field: 'actionFields', header: 'Handlungsfelder', aliases: ['Handlungsfeld', 'Action fields'] },
  { field: 'regions', header: 'Regionen', aliases: ['Region', 'Regions'] },
  { field: 'statewide', header: 'Landesweit', aliases: ['Statewide'] },
];

/** What a „Landesweit“ cell may say, lower-cased; an empty cell means no. The first of each is the template's. */
export const STATEWIDE_CELL = {
  yes: ['ja', 'j', 'x', '1', 'true', 'wahr', 'yes', 'y'],
  no: ['nein', 'n', '0', 'false', 'falsch', 'no'],
} as const;

/**
 * A check covers one chunk of a file (the client sends chunks to show progress); an import takes the
 * whole file in one request and one transaction. Both bounds keep a request and a transaction small
 * enough for the server's memory and for a person waiting on it.
 */
export const ACTOR_IMPORT_LIMITS = { checkRows: 500, importRows: 5_000 } as const;
