import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { describeProblem, type ApiProblem } from '../errors/apiError';
import { readStaleRevision, type StaleRevision } from '../errors/conflict';
import { onSessionExpired } from '../session/sessionEvents';
import { useSignedInUserId } from '../session/signedInUser';
import { clearDraft, draftKey, loadDraft, saveDraft } from './drafts';
import { differences, mergeValues, type FieldDifference, type Input, type Side } from './merge';
import type { Rule } from './rules';
import { useForm, type UseFormResult } from './useForm';

type Rules<V> = { [K in keyof V]?: readonly Rule<V[K]>[] };

export interface EditFormOptions<V extends Record<string, unknown>, R> {
  /** The record being edited, once loaded; undefined when creating. */
  record: R | undefined;
  /** The values of a new record, and the kind of every field. */
  empty: V;
  /** The stored record as the form shows it. */
  fromRecord: (record: R) => V;
  /**
   * The form's values as the update input sends them (trimmed, empty → null). A conflict is decided
   * on these fields: the keys are those of the update input and of the server's `current.values`.
   */
  toInput: (values: V) => Input;
  rules: Rules<V>;
  /** Which record is loaded: a new key loads the form anew (default: the record's id). */
  recordKey?: (record: R) => string;
  /** The stored revision (default: the record's `revision`). */
  revisionOf?: (record: R) => number | undefined;
  /** The label of an input field, for the conflict dialog. */
  fieldLabel: (field: string) => string;
  /** How an input value reads (e.g. an id as its name); undefined for the plain text. */
  describeValue?: (field: string, value: unknown) => string | undefined;
}

/** What a save gets to send along. */
export interface SaveContext {
  /** The revision the form's values are based on (0 when creating or when the record has none). */
  expectedRevision: number;
  /** The id of the record to create; the same for every retry of one submit, new after a success. */
  createId: string;
}

/** An open "someone else saved in between": the stored state, what the person sends, and what differs. */
export interface OpenConflict {
  current: StaleRevision;
  mine: Input;
  differences: FieldDifference[];
  problem: ApiProblem;
}

export interface EditForm<V extends Record<string, unknown>> {
  form: UseFormResult<V>;
  /** The message above the form after a failed save. */
  problem: ApiProblem | undefined;
  /**
   * A form's submit handler: checks every field, then runs `save` with the base revision and the
   * create id. `save` may return the saved record's new revision (for forms that stay open).
   */
  onSubmit: (
    save: (context: SaveContext) => Promise<{ revision?: number } | void>,
  ) => (event: FormEvent) => Promise<void>;
  conflict: OpenConflict | undefined;
  /** Takes the person's choice per field into the form; the next save is based on the stored revision. */
  resolveConflict: (choices: Record<string, Side>) => void;
  /** Closes the conflict without a choice: the form keeps the person's values. */
  dismissConflict: () => void;
  /** Set right after a conflict was resolved, until the next save. */
  merged: boolean;
  /** When values kept from an ended session were put back into the form (ISO time), else undefined. */
  restoredAt: string | undefined;
  /** Drops the restored values: the form shows the stored record (or is empty again). */
  discardRestored: () => void;
  fieldLabel: (field: string) => string;
  describeValue?: (field: string, value: unknown) => string | undefined;
}

function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const defaultKey = (record: unknown) => String((record as { id?: unknown }).id ?? '');
const defaultRevision = (record: unknown) => {
  const revision = (record as { revision?: unknown }).revision;
  return typeof revision === 'number' ? revision : undefined;
};

/**
 * One create/edit form that loses nothing:
 * - loads the record's values once (and again only while the person has not changed anything, should
 *   a fresher copy arrive), keeping the revision they are based on;
 * - every save sends that revision; when someone else saved in between, the person chooses per field
 *   between their value and the stored one (see ConflictDialog), and saves the merged values;
 * - a new record gets one id per form, kept across retries, so a repeated create never makes two;
 * - when the session ends while the form holds changes, the values are kept in this tab and put back
 *   when the person returns after signing in; a successful save removes them.
 */
export function useEditForm<V extends Record<string, unknown>, R>({
  record,
  empty,
  fromRecord,
  toInput,
  rules,
  recordKey = defaultKey,
  revisionOf = defaultRevision,
  fieldLabel,
  describeValue,
}: EditFormOptions<V, R>): EditForm<V> {
  const location = useLocation();
  const userId = useSignedInUserId();
  const storageKey = draftKey(userId ?? 'anonymous', location.pathname + location.search);
  const creating = record === undefined;

  // Read once per visit of the form: values kept when the session ended on this page.
  const [draft] = useState(() => loadDraft(storageKey, empty));
  const form = useForm<V>(creating && draft ? draft.values : empty, rules);
  const [loadedKey, setLoadedKey] = useState<string>();
  const [baseRevision, setBaseRevision] = useState<number | undefined>(
    creating ? draft?.baseRevision : undefined,
  );
  const [baseInput, setBaseInput] = useState<Input>(() => toInput(empty));
  const [createId, setCreateId] = useState(() => draft?.createId ?? newId());
  const [restoredAt, setRestoredAt] = useState<string | undefined>(creating ? draft?.savedAt : undefined);
  const [problem, setProblem] = useState<ApiProblem>();
  const [conflict, setConflict] = useState<OpenConflict>();
  const [merged, setMerged] = useState(false);

  // The record arrived (or another one): load it, or the kept draft on top of it. A fresher copy of the
  // same record is taken only while the form is untouched; otherwise the save finds the difference.
  if (record !== undefined) {
    const key = recordKey(record);
    const revision = revisionOf(record);
    const first = loadedKey === undefined;
    const fresher =
      key === loadedKey &&
      !form.dirty &&
      revision !== undefined &&
      baseRevision !== undefined &&
      revision > baseRevision;
    if (key !== loadedKey || fresher) {
      const stored = fromRecord(record);
      const fromDraft = first && draft ? draft : undefined;
      form.reset(fromDraft ? fromDraft.values : stored, stored);
      setLoadedKey(key);
      setBaseRevision(fromDraft?.baseRevision ?? revision);
      setBaseInput(toInput(stored));
      if (fromDraft) setRestoredAt(fromDraft.savedAt);
    }
  }

  // Keep the values when any request finds the session gone; drop them when the form is left normally.
  const latest = useRef({ values: form.values, dirty: form.dirty, baseRevision, createId, expired: false });
  useEffect(() => {
    latest.current = { ...latest.current, values: form.values, dirty: form.dirty, baseRevision, createId };
  });
  useEffect(() => {
    const stop = onSessionExpired(() => {
      const now = latest.current;
      if (!now.dirty) return;
      now.expired = true;
      saveDraft(storageKey, { values: now.values, baseRevision: now.baseRevision, createId: now.createId });
    });
    return () => {
      stop();
      if (!latest.current.expired) clearDraft(storageKey);
    };
  }, [storageKey]);

  const succeeded = (result: { revision?: number } | void) => {
    clearDraft(storageKey);
    setCreateId(newId());
    setRestoredAt(undefined);
    setMerged(false);
    if (result && typeof result.revision === 'number') setBaseRevision(result.revision);
  };

  const onSubmit: EditForm<V>['onSubmit'] = (save) => async (event) => {
    event.preventDefault();
    setProblem(undefined);
    if (!form.validateAll()) return;
    let expectedRevision = baseRevision ?? 0;
    // Once more when the other save touched nothing this form sends (then nothing is overwritten).
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        succeeded(await save({ expectedRevision, createId }));
        return;
      } catch (error) {
        const current = readStaleRevision(error);
        if (!current) {
          setProblem(form.takeServerError(error));
          return;
        }
        const mine = toInput(form.values);
        const differing = differences(mine, current.values, baseInput);
        if (differing.length > 0 || attempt > 0) {
          setConflict({ current, mine, differences: differing, problem: describeProblem(error) });
          return;
        }
        const { values, initial } = mergeValues(form.values, mine, current.values, {});
        form.reset(values, initial);
        setBaseRevision(current.revision);
        setBaseInput(current.values);
        expectedRevision = current.revision;
      }
    }
  };

  const resolveConflict = (choices: Record<string, Side>) => {
    if (!conflict) return;
    const { values, initial } = mergeValues(form.values, conflict.mine, conflict.current.values, choices);
    form.reset(values, initial);
    setBaseRevision(conflict.current.revision);
    setBaseInput(conflict.current.values);
    setConflict(undefined);
    setProblem(undefined);
    setMerged(true);
  };

  const dismissConflict = () => {
    if (conflict) setProblem(conflict.problem);
    setConflict(undefined);
  };

  const discardRestored = () => {
    clearDraft(storageKey);
    setRestoredAt(undefined);
    if (record !== undefined) {
      const stored = fromRecord(record);
      form.reset(stored);
      setBaseRevision(revisionOf(record));
      setBaseInput(toInput(stored));
    } else {
      form.reset(empty);
    }
  };

  return {
    form,
    problem,
    onSubmit,
    conflict,
    resolveConflict,
    dismissConflict,
    merged,
    restoredAt,
    discardRestored,
    fieldLabel,
    describeValue,
  };
}
