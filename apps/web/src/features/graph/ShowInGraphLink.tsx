import { Anchor, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../shared/paths';

/**
 * „Im Graph zeigen“: opens the graph explorer with this entity and its neighbours. Its text comes with
 * the graph's translations, which arrive with every page that is not a first page.
 */
export function ShowInGraphLink({
  id,
  name,
  variant = 'button',
}: {
  id: string;
  name?: string;
  variant?: 'button' | 'link';
}) {
  const { t } = useTranslation();
  const label = name ? `${t('graph.showInGraph')}: ${name}` : undefined;
  return variant === 'button' ? (
    <Button component={Link} to={paths.graph(id)} variant="default" aria-label={label}>
      {t('graph.showInGraph')}
    </Button>
  ) : (
    <Anchor component={Link} to={paths.graph(id)} size="sm" aria-label={label}>
      {t('graph.showInGraph')}
    </Anchor>
  );
}
