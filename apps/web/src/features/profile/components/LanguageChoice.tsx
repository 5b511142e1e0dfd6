import { Group, Radio, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../../../i18n/i18n';

/** The language of the interface, remembered for this person on this device. */
export function LanguageChoice({ userId }: { userId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Radio.Group
        label={t('profile.language.label')}
        description={t('profile.language.hint')}
        value={i18n.language}
        onChange={(value) => void changeLanguage(value as Language, userId)}
      >
        <Group mt="xs">
          {LANGUAGES.map((language) => (
            <Radio
              key={language}
              value={language}
              label={<span lang={language}>{t(`language.${language}`)}</span>}
            />
          ))}
        </Group>
      </Radio.Group>
      <Text size="sm" mt="xs" role="status" aria-live="polite">
        {t('profile.language.current', { language: t(`language.${i18n.language === 'en' ? 'en' : 'de'}`) })}
      </Text>
    </>
  );
}
