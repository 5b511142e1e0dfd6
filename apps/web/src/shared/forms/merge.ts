import { sameValue } from '../errors/conflict';

/** What a person chooses for one field after someone else saved in between. */
export type Side = 'mine' | 'theirs';

export type Input = Record<string, unknown>;

/** One field whose value in the form differs from the one stored by someone else. */
export interface FieldDifference {
  field: string;
  mine: unknown;
  theirs: unknown;
  /** The side chosen to begin with: mine where the person changed the field, theirs where only they did. */
  suggested: Side;
}

/**
 * The fields the person sends (`mine`, as input) whose stored value (`theirs`) is different, in the order
 * of the form. `base` is the input as it was when the form was loaded.
 */
export function differences(mine: Input, theirs: Input, base: Input): FieldDifference[] {
  return Object.keys(mine)
    .filter((field) => field in theirs && !sameValue(mine[field], theirs[field]))
    .map((field) => ({
      field,
      mine: mine[field],
      theirs: theirs[field],
      suggested: sameValue(mine[field], base[field]) ? 'theirs' : 'mine',
    }));
}

/**
 * An input value as the form holds it, shaped like the form's own value for that field: texts are
 * never null (empty instead), numbers become texts where the form has a text field, lists stay lists.
 */
export function formValueOf(value: unknown, like: unknown): unknown {
  if (typeof like === 'string') return value === null || value === undefined ? '' : String(value);
  if (typeof like === 'boolean') return Boolean(value);
  if (Array.isArray(like)) return Array.isArray(value) ? value.map(String) : [];
  return value;
}

/** The stored input as form values; fields the form does not have are left out. */
export function valuesFromInput<V extends Record<string, unknown>>(input: Input, template: V): Partial<V> {
  const values: Partial<V> = {};
  for (const field of Object.keys(template) as (keyof V & string)[]) {
    if (field in input) values[field] = formValueOf(input[field], template[field]) as V[typeof field];
  }
  return values;
}

/**
 * The form after the person chose per field: their own value where they chose "mine", the stored one
 * where they chose "theirs". Fields the person does not send (e.g. a status they may not set) take the
 * stored value. `initial` is the stored state, so the form counts as changed where it differs from it.
 */
export function mergeValues<V extends Record<string, unknown>>(
  values: V,
  mine: Input,
  theirs: Input,
  choices: Record<string, Side>,
): { values: V; initial: V } {
  const stored = valuesFromInput(theirs, values);
  const merged = { ...values };
  for (const field of Object.keys(stored) as (keyof V & string)[]) {
    const keepMine = field in mine && choices[field] !== 'theirs';
    if (!keepMine) merged[field] = stored[field] as V[typeof field];
  }
  return { values: merged, initial: { ...values, ...stored } };
}
