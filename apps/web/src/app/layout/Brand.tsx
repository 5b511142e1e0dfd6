import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../shared/paths';

export function Brand() {
  const { t } = useTranslation();
  return (
    <Link
      to={paths.home()}
      aria-label={t('layout.homeLink')}
      style={{ textDecoration: 'none', color: 'inherit' }}
    >
      <Group gap={10} wrap="nowrap">
        <img src="/favicon.svg" alt="" width={28} height={28} />
        <Text fw={700} fz="lg" c="brand.9" visibleFrom="xs" component="span">
          Netzwerkstatt
        </Text>
      </Group>
    </Link>
  );
}
