import { Paper, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import type { ApiProblem } from '../errors/apiError';
import { EditFormStatus } from './EditFormStatus';
import { FormProblem } from './FormProblem';
import type { EditForm } from './useEditForm';

interface FormCardProps<V extends Record<string, unknown>> {
  problem: ApiProblem | undefined;
  onSubmit: (event: FormEvent) => unknown;
  maw: number;
  /** A hint above the form, e.g. about what is stored. */
  intro?: ReactNode;
  /** A form made with useEditForm: its notices and its conflict dialog are shown with it. */
  edit?: EditForm<V>;
  children: ReactNode;
}

/** A create/edit form in its card: the server's problem on top, the fields (checked by us, not the browser). */
export function FormCard<V extends Record<string, unknown>>({
  problem,
  onSubmit,
  maw,
  intro,
  edit,
  children,
}: FormCardProps<V>) {
  return (
    <Paper withBorder p="lg" maw={maw}>
      {intro}
      <FormProblem problem={problem} />
      {edit ? <EditFormStatus edit={edit} /> : null}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">{children}</Stack>
      </form>
    </Paper>
  );
}
