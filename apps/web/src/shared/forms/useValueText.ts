import { useTranslation } from 'react-i18next';

/**
 * How a stored value reads for people: "(leer)" for nothing, Ja/Nein, a list as its number of entries
 * (unless `described` names them), anything else as its text.
 */
export function useValueText(): (value: unknown, described?: string) => string {
  const { t } = useTranslation();
  return (value, described) => {
    if (described !== undefined) return described;
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      return t('editing.empty');
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (Array.isArray(value)) return t('editing.entries', { count: value.length });
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };
}
