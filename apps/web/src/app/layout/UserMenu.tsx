import { Button, Group, Text } from '@mantine/core';
import { roleSatisfies } from '@netzwerkstatt/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionUser } from '../../features/auth/hooks/useSession';
import type { NavItem } from './navItems';
import { paths } from '../../shared/paths';

/**
 * Links of the signed-in person (profile, sign-out), shown beside the name. Plain links rather than a
 * drop-down menu: fewer clicks, and the first page loads without a popover library.
 */
export const USER_MENU_ITEMS: NavItem[] = [
  { to: paths.trash(), labelKey: 'nav.trash' },
  { to: paths.profile(), labelKey: 'nav.profile' },
  { to: paths.signOut(), labelKey: 'nav.signOut' },
];

export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  return (
    <Group
      gap={4}
      wrap="nowrap"
      aria-label={t('layout.accountMenu', { name: user.displayName })}
      role="group"
      className="header-account"
    >
      <Text
        size="sm"
        fw={600}
        truncate
        maw={180}
        visibleFrom="md"
        title={`${user.email} · ${t(`roles.${user.role}`)}`}
      >
        {user.displayName}
      </Text>
      {USER_MENU_ITEMS.filter((item) => !item.minRole || roleSatisfies(user.role, item.minRole)).map(
        (item) => (
          <Button key={item.to} component={Link} to={item.to} variant="subtle" size="compact-sm">
            {t(item.labelKey)}
          </Button>
        ),
      )}
    </Group>
  );
}

/** On small screens the account links live at the end of the navigation drawer. */
export function UserMenuInNavigation({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  return (
    <div className="nav-account">
      <Text size="sm" fw={600} px={12} py={6}>
        {user.displayName}
      </Text>
      {USER_MENU_ITEMS.filter((item) => !item.minRole || roleSatisfies(user.role, item.minRole)).map(
        (item) => (
          <Link key={item.to} to={item.to} className="nav-link">
            {t(item.labelKey)}
          </Link>
        ),
      )}
    </div>
  );
}
