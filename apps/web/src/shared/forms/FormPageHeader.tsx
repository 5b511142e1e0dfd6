import { PageHeader } from '../components/PageHeader';
import { BackLink } from '../components/BackLink';

interface FormPageHeaderProps {
  title: string;
  /** The entity's id when editing; absent when creating. */
  id?: string;
  /** e.g. "/akteure": back to the list when creating, to `<listPath>/<id>` when editing. */
  listPath: string;
  listLabel: string;
  /** The entity's name, the back link's text when editing. */
  name?: string;
}

/** The heading of a create/edit form with its link back to where the person came from. */
export function FormPageHeader({ title, id, listPath, listLabel, name }: FormPageHeaderProps) {
  return (
    <PageHeader
      title={title}
      eyebrow={<BackLink to={id ? `${listPath}/${id}` : listPath}>{id ? name : listLabel}</BackLink>}
    />
  );
}
