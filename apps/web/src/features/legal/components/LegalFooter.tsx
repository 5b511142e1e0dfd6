import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LEGAL_PAGES } from '../legalPages';

/** Impressum, Datenschutz, Barrierefreiheit: reachable from every page, signed in or not. */
export function LegalFooter() {
  const { t } = useTranslation();
  return (
    <footer
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)', marginTop: 'var(--mantine-spacing-xl)' }}
    >
      <Group component="nav" aria-label={t('legal.footerLabel')} gap="lg" justify="center" py="md" px="md">
        {LEGAL_PAGES.map((page) => (
          <Anchor key={page.key} component={Link} to={page.path} size="sm" c="dark.7">
            {t(page.titleKey)}
          </Anchor>
        ))}
      </Group>
    </footer>
  );
}
