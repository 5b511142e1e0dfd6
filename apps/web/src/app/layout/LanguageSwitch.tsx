import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../../i18n/i18n';

/** Deutsch / English, remembered on this device for the signed-in person. */
export function LanguageSwitch({ userId }: { userId?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={2} role="group" aria-label={t('language.label')} wrap="nowrap">
      {LANGUAGES.map((language: Language) => {
        const active = i18n.language === language;
        return (
          <Button
            key={language}
            size="compact-sm"
            variant={active ? 'filled' : 'subtle'}
            aria-pressed={active}
            lang={language}
            onClick={() => void changeLanguage(language, userId)}
          >
            {t(`language.${language}`)}
          </Button>
        );
      })}
    </Group>
  );
}
