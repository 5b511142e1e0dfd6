import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';

/** The framed search landmark holding a list's filters; they apply as they change, so submit does nothing. */
export function FilterPanel({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper
      withBorder
      p="md"
      mb="lg"
      component="form"
      role="search"
      aria-label={label}
      onSubmit={(e) => e.preventDefault()}
    >
      {children}
    </Paper>
  );
}
