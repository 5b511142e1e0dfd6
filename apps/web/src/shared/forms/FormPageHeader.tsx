import { PageHeader } from '../components/PageHeader';
import { BackLink } from '../components/BackLink';
import type { RecordPaths } from '../paths';

interface FormPageHeaderProps {
  title: string;
  /** The entity's id when editing; absent when creating. */
  id?: string;
  /** The addresses of the record's kind: back to the list when creating, to its page when editing. */
  to: RecordPaths;
  listLabel: string;
  /** The entity's name, the back link's text when editing. */
  name?: string;
}

/** The heading of a create/edit form with its link back to where the person came from. */
export function FormPageHeader({ title, id, to, listLabel, name }: FormPageHeaderProps) {
  return (
    <PageHeader
      title={title}
      eyebrow={<BackLink to={id ? to.page(id) : to.list()}>{id ? name : listLabel}</BackLink>}
    />
  );
}
