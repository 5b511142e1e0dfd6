import { Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { roleSatisfies } from '@netzwerkstatt/domain';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../../features/auth/hooks/useSession';
import { SearchButton } from '../../features/search/components/SearchButton';
import { LegalFooter } from '../../features/legal/components/LegalFooter';
import { NotificationBell } from '../../features/notifications/components/NotificationBell';
import { useSearchShortcut } from '../../features/search/hooks/useSearchShortcut';
import { ErrorBoundary } from '../../shared/components/ErrorBoundary';
import { ErrorState } from '../../shared/components/ErrorState';
import { LoadingState } from '../../shared/components/LoadingState';
import { PageErrorFallback } from '../../shared/components/PageErrorFallback';
import { paths } from '../../shared/paths';
import { signInPathFor } from '../../shared/session/returnTo';
import { SignedInUserContext } from '../../shared/session/signedInUser';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { NAV_ITEMS } from './navItems';
import { OfflineBanner } from './OfflineBanner';
import { SkipLink } from './SkipLink';
import { UserMenu, UserMenuInNavigation } from './UserMenu';

const SearchDialog = lazy(() =>
  import('../../features/search/components/SearchDialog').then((m) => ({ default: m.SearchDialog })),
);

/** The frame of every signed-in page: header, navigation, and the page in <main>. */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const { user, loading, error, refetch } = useSession();
  const [navOpen, nav] = useDisclosure(false);
  const [searchOpen, setSearchOpen] = useState(false);
  useSearchShortcut(() => setSearchOpen(true));

  useEffect(() => nav.close(), [location.pathname]); // eslint-disable-line react-hooks/exhaustive-deps

  if (loading) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!user) return <Navigate to={signInPathFor(location.pathname + location.search)} replace />;
  if (user.mustChangePassword) return <Navigate to={paths.passwordChangeRequired()} replace />;

  return (
    <div className="app-shell">
      <SkipLink />
      <header className="app-header">
        <Group gap="sm" wrap="nowrap">
          <Burger
            className="nav-toggle"
            opened={navOpen}
            onClick={nav.toggle}
            size="sm"
            aria-label={t('layout.toggleNavigation')}
            aria-expanded={navOpen}
            aria-controls="main-navigation"
          />
          <Brand />
        </Group>
        <SearchButton onClick={() => setSearchOpen(true)} />
        <Group gap="sm" wrap="nowrap">
          <NotificationBell />
          <LanguageSwitch userId={user.id} />
          <UserMenu user={user} />
        </Group>
      </header>
      <nav
        className="app-nav"
        id="main-navigation"
        aria-label={t('layout.mainNavigation')}
        data-open={navOpen}
      >
        {NAV_ITEMS.filter((item) => !item.minRole || roleSatisfies(user.role, item.minRole)).map((item) => (
          <NavLink key={item.to} to={item.to} end={item.end} className="nav-link">
            {t(item.labelKey)}
          </NavLink>
        ))}
        <UserMenuInNavigation user={user} />
      </nav>
      <main className="app-main" id="main">
        <OfflineBanner />
        <ErrorBoundary resetKey={location.key} fallback={PageErrorFallback}>
          <Suspense fallback={<LoadingState />}>
            <SignedInUserContext value={user.id}>
              <Outlet />
            </SignedInUserContext>
          </Suspense>
        </ErrorBoundary>
        <LegalFooter />
      </main>
      {searchOpen ? (
        <Suspense fallback={null}>
          <SearchDialog opened={searchOpen} onClose={() => setSearchOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
