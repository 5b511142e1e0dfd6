import { Grid, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/** An entity page's body: the main cards (wide) and one side card with its facts (narrow). */
export function EntityLayout({ children, aside }: { children: ReactNode; aside: ReactNode }) {
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="lg">{children}</Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Paper withBorder p="lg">
          {aside}
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
