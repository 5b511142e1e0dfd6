import { Box, Container, Group } from '@mantine/core';
import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { LegalFooter } from '../../features/legal/components/LegalFooter';
import { ErrorBoundary } from '../../shared/components/ErrorBoundary';
import { PageErrorFallback } from '../../shared/components/PageErrorFallback';
import { LoadingState } from '../../shared/components/LoadingState';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { OfflineBanner } from './OfflineBanner';
import { SkipLink } from './SkipLink';

/** Sign-in, set-up and sign-out: no navigation, just the form. */
export function PublicLayout() {
  const location = useLocation();
  return (
    <>
      <SkipLink />
      <OfflineBanner />
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="md" py="sm">
          <Group justify="space-between">
            <Brand />
            <LanguageSwitch />
          </Group>
        </Container>
      </Box>
      <Container size="md" py="xl" component="main" id="main">
        <ErrorBoundary resetKey={location.key} fallback={PageErrorFallback}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </Container>
      <LegalFooter />
    </>
  );
}
