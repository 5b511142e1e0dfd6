import { Button, Kbd, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function SearchButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      size="sm"
      onClick={onClick}
      aria-keyshortcuts="Control+K"
      aria-haspopup="dialog"
      justify="space-between"
      miw={88}
      w={{ base: 'auto', md: 300 }}
      style={{ flexShrink: 1 }}
      rightSection={
        <Kbd size="xs" visibleFrom="md">
          {t('search.shortcut')}
        </Kbd>
      }
    >
      <Text size="sm" c="dimmed" component="span">
        {t('search.open')}
      </Text>
    </Button>
  );
}
