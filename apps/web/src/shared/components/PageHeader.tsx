import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { usePageTitle } from '../hooks/usePageTitle';

let firstPage = true;

interface PageHeaderProps {
  title: string;
  /** Shown in the tab when it differs from the visible heading. */
  documentTitle?: string;
  description?: ReactNode;
  actions?: ReactNode;
  eyebrow?: ReactNode;
}

/**
 * The page's one h1. After a client-side navigation it takes the focus, so keyboard and screen-reader
 * users start reading the new page instead of staying on the link they followed.
 */
export function PageHeader({ title, documentTitle, description, actions, eyebrow }: PageHeaderProps) {
  usePageTitle(documentTitle ?? title);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    heading.current?.focus({ preventScroll: false });
  }, []);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="wrap" gap="md">
      <Stack gap={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
        {eyebrow}
        <Title
          order={1}
          ref={heading}
          tabIndex={-1}
          className="main-heading"
          id="main-heading"
          fz={{ base: 26, sm: 30 }}
        >
          {title}
        </Title>
        {description ? (
          <Text c="dimmed" maw={720}>
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
