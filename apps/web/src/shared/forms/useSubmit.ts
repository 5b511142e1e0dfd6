import { useState, type FormEvent } from 'react';
import type { ApiProblem } from '../errors/apiError';
import type { UseFormResult } from './useForm';

/**
 * A form's submit: checks every field first, runs `save` only when they pass, and turns a failed
 * mutation into messages next to the fields plus the `problem` shown above the form.
 */
export function useSubmit(form: Pick<UseFormResult<unknown>, 'validateAll' | 'takeServerError'>) {
  const [problem, setProblem] = useState<ApiProblem>();
  const onSubmit = (save: () => Promise<unknown>) => async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    if (!form.validateAll()) return;
    try {
      await save();
    } catch (error) {
      setProblem(form.takeServerError(error));
    }
  };
  return { problem, onSubmit };
}
