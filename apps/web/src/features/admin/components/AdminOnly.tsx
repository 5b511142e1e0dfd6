import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { PageHeader } from '../../../shared/components/PageHeader';
import { useSession } from '../../auth';
import { paths } from '../../../shared/paths';

const ADMIN_SECTIONS = [
  { to: paths.adminAccounts(), labelKey: 'admin.sections.accounts' },
  { to: paths.adminLegal(), labelKey: 'admin.sections.legal' },
];

/**
 * The frame of every admin page: the page for admins, a clear "no permission" page for everyone else
 * (the API refuses them anyway; this only spares them a page of errors).
 */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { pathname } = useLocation();
  if (!can('admin')) {
    return (
      <>
        <PageHeader title={t('admin.forbidden.title')} />
        <Alert color="yellow" variant="light" role="alert" maw={640}>
          <Text mb="xs">{t('admin.forbidden.text')}</Text>
          <Anchor component={Link} to={paths.home()}>
            {t('admin.forbidden.home')}
          </Anchor>
        </Alert>
      </>
    );
  }
  return (
    <>
      <Group component="nav" aria-label={t('admin.sections.label')} gap="xs" mb="md">
        {ADMIN_SECTIONS.map((section) => (
          <Button
            key={section.to}
            component={NavLink}
            to={section.to}
            size="compact-md"
            variant={pathname.startsWith(section.to) ? 'light' : 'subtle'}
          >
            {t(section.labelKey)}
          </Button>
        ))}
      </Group>
      {children}
    </>
  );
}
