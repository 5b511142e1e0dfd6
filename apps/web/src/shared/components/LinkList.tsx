import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface LinkListProps<T> {
  title: string;
  items: readonly T[];
  empty: string;
  render: (item: T) => { key: string; to?: string; label: string; detail?: ReactNode };
}

/** A titled list of related things, each a link to its page. */
export function LinkList<T>({ title, items, empty, render }: LinkListProps<T>) {
  return (
    <Stack gap={6} component="section">
      <Title order={2} size="h4">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item) => {
            const { key, to, label, detail } = render(item);
            return (
              <li key={key}>
                {to ? (
                  <Anchor component={Link} to={to} fw={500}>
                    {label}
                  </Anchor>
                ) : (
                  <Text fw={500} component="span">
                    {label}
                  </Text>
                )}
                {detail ? (
                  <Text size="sm" c="dimmed" component="span">
                    {' '}
                    {detail}
                  </Text>
                ) : null}
              </li>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
