import {
  ACTOR_IMPORT_COLUMNS,
  ACTOR_IMPORT_FIELDS,
  ACTOR_IMPORT_LIMITS,
  STATEWIDE_CELL,
} from './actor-import.js';
import { ENTITY_TYPES, SEARCHABLE_TYPES } from './labels.js';

describe('the actor import as server and client know it', () => {
  it('has one column per field, in file order, each header and alias naming only its own field', () => {
    expect(ACTOR_IMPORT_COLUMNS.map((column) => column.field)).toEqual([...ACTOR_IMPORT_FIELDS]);
    const names = ACTOR_IMPORT_COLUMNS.flatMap(({ header, aliases }) => [header, ...aliases]).map((name) =>
      name.toLocaleLowerCase('de-DE'),
    );
    expect(new Set(names).size).toBe(names.length);
  });

  it('reads a „Landesweit“ cell as yes or no, never both, and writes „nein“ into the template', () => {
    const yes = new Set<string>(STATEWIDE_CELL.yes);
    expect(STATEWIDE_CELL.no.filter((value) => yes.has(value))).toEqual([]);
    expect(STATEWIDE_CELL.no[0]).toBe('nein');
  });

  it('checks smaller chunks than it imports', () => {
    expect(ACTOR_IMPORT_LIMITS.checkRows).toBeLessThan(ACTOR_IMPORT_LIMITS.importRows);
  });
});

describe('the searchable kinds', () => {
  it('are kinds of the graph, each once', () => {
    expect(SEARCHABLE_TYPES.every((type) => (ENTITY_TYPES as readonly string[]).includes(type))).toBe(true);
    expect(new Set(SEARCHABLE_TYPES).size).toBe(SEARCHABLE_TYPES.length);
  });
});
