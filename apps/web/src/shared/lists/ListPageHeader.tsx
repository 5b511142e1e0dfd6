import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';

interface ListPageHeaderProps {
  title: string;
  description: string;
  /** The list's export button, already given the current filter. */
  exportButton: ReactNode;
  createPath: string;
  createLabel: string;
}

/** A list page's heading with its two actions: export what is shown, and create a new entry. */
export function ListPageHeader({
  title,
  description,
  exportButton,
  createPath,
  createLabel,
}: ListPageHeaderProps) {
  return (
    <PageHeader
      title={title}
      description={description}
      actions={
        <>
          {exportButton}
          <Button component={Link} to={createPath}>
            {createLabel}
          </Button>
        </>
      }
    />
  );
}
