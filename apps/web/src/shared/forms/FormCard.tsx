import { Paper, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import type { ApiProblem } from '../errors/apiError';
import { FormProblem } from './FormProblem';

interface FormCardProps {
  problem: ApiProblem | undefined;
  onSubmit: (event: FormEvent) => unknown;
  maw: number;
  /** A hint above the form, e.g. about what is stored. */
  intro?: ReactNode;
  children: ReactNode;
}

/** A create/edit form in its card: the server's problem on top, the fields (checked by us, not the browser). */
export function FormCard({ problem, onSubmit, maw, intro, children }: FormCardProps) {
  return (
    <Paper withBorder p="lg" maw={maw}>
      {intro}
      <FormProblem problem={problem} />
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">{children}</Stack>
      </form>
    </Paper>
  );
}
