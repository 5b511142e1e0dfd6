import type { LocalizedText } from '@netzwerkstatt/domain';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem, issuesByField, type ApiProblem } from '../errors/apiError';
import { firstProblem, type Rule } from './rules';

type Rules<V> = { [K in keyof V]?: readonly Rule<V[K]>[] };

export interface UseFormResult<V> {
  values: V;
  setValue: <K extends keyof V>(field: K, value: V[K]) => void;
  /** The message to show for a field now: the server's (in the person's language) or the client's. */
  errorFor: (field: keyof V) => string | undefined;
  /** Props for a Mantine text input: value, onChange, onBlur, error. */
  textProps: (field: keyof V) => {
    value: string;
    onChange: (event: { currentTarget: { value: string } }) => void;
    onBlur: () => void;
    error: string | undefined;
  };
  /** Marks every field as touched; true when nothing is wrong. */
  validateAll: () => boolean;
  /** Takes a failed mutation's field issues; returns the problem for a message above the form. */
  takeServerError: (error: unknown) => ApiProblem;
  /**
   * Puts new values into the form and forgets touched fields and server issues. `initial` is what
   * `dirty` compares with (the stored record); it defaults to `values`.
   */
  reset: (values: V, initial?: V) => void;
  /** The values the form was loaded with (what `dirty` compares with). */
  initial: V;
  dirty: boolean;
}

/**
 * Form state that validates as you type: a field shows its problem once it was changed or left,
 * and every field does on submit. Server issues (extensions.issues) appear next to their field until
 * that field is edited again.
 */
export function useForm<V extends Record<string, unknown>>(
  initial: V,
  fieldRules: Rules<V>,
): UseFormResult<V> {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<V>(initial);
  const [initialValues, setInitialValues] = useState<V>(initial);
  const [touched, setTouched] = useState<Partial<Record<keyof V, boolean>>>({});
  const [serverIssues, setServerIssues] = useState<Record<string, LocalizedText>>({});

  const setValue = useCallback(<K extends keyof V>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setTouched((current) => ({ ...current, [field]: true }));
    setServerIssues((current) => {
      if (!(field in current)) return current;
      const next = { ...current };
      delete next[field as string];
      return next;
    });
  }, []);

  const clientProblem = useCallback(
    (field: keyof V) =>
      firstProblem(values[field], values, fieldRules[field] as readonly Rule<V[typeof field]>[] | undefined),
    [values, fieldRules],
  );

  const errorFor = useCallback(
    (field: keyof V): string | undefined => {
      const server = serverIssues[field as string];
      if (server) return i18n.language === 'en' ? server.en : server.de;
      if (!touched[field]) return undefined;
      const problem = clientProblem(field);
      return problem ? t(problem.key, problem.values) : undefined;
    },
    [serverIssues, touched, clientProblem, t, i18n.language],
  );

  const validateAll = useCallback(() => {
    const all = Object.fromEntries(Object.keys(values).map((key) => [key, true])) as Partial<
      Record<keyof V, boolean>
    >;
    setTouched(all);
    return (Object.keys(values) as (keyof V)[]).every((field) => !clientProblem(field));
  }, [values, clientProblem]);

  const takeServerError = useCallback((error: unknown) => {
    const problem = describeProblem(error);
    setServerIssues(issuesByField(problem));
    return problem;
  }, []);

  const reset = useCallback((next: V, initial?: V) => {
    setValues(next);
    setInitialValues(initial ?? next);
    setTouched({});
    setServerIssues({});
  }, []);

  const textProps = useCallback(
    (field: keyof V) => ({
      value: String(values[field] ?? ''),
      onChange: (event: { currentTarget: { value: string } }) =>
        setValue(field, event.currentTarget.value as V[keyof V]),
      onBlur: () => setTouched((current) => ({ ...current, [field]: true })),
      error: errorFor(field),
    }),
    [values, setValue, errorFor],
  );

  const dirty = useMemo(
    () => JSON.stringify(values) !== JSON.stringify(initialValues),
    [values, initialValues],
  );

  return {
    values,
    setValue,
    errorFor,
    textProps,
    validateAll,
    takeServerError,
    reset,
    initial: initialValues,
    dirty,
  };
}
