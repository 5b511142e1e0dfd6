import type { TypedDocumentNode } from '@apollo/client';
import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackLink } from '../components/BackLink';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { PageHeader } from '../components/PageHeader';
import { useDeleteAndReturn } from '../hooks/useDeleteAndReturn';
import type { RecordPaths } from '../paths';

interface EntityPageHeaderProps<TData> {
  id: string;
  title: string;
  description?: ReactNode;
  /** The addresses of its kind: the list it belongs to and its edit form. */
  to: RecordPaths;
  listLabel: string;
  deleteMutation: TypedDocumentNode<TData, { id: string }>;
  /** The cached root field of the list, evicted after a delete. */
  listField: string;
  /** More actions before edit and delete (e.g. „Im Graph zeigen“). */
  extraActions?: ReactNode;
}

/** The heading of an entity's page: back to the list, edit, and delete (asks first, then returns to the list). */
export function EntityPageHeader<TData>({
  id,
  title,
  description,
  to,
  listLabel,
  deleteMutation,
  listField,
  extraActions,
}: EntityPageHeaderProps<TData>) {
  const { t } = useTranslation();
  const deleteAndReturn = useDeleteAndReturn(deleteMutation, to.list(), listField);
  return (
    <PageHeader
      title={title}
      description={description}
      eyebrow={<BackLink to={to.list()}>{listLabel}</BackLink>}
      actions={
        <>
          {extraActions}
          <Button component={Link} to={to.edit(id)}>
            {t('common.edit')}
          </Button>
          <ConfirmDelete name={title} onConfirm={() => deleteAndReturn(id)} />
        </>
      }
    />
  );
}
