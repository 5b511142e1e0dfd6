import { ENTITY_LABELS, isEntityType } from '@netzwerkstatt/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Names of node kinds, relationships and statuses in the current language. */
export function useGraphTexts() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const typeName = useCallback(
    (type: string, count = 1) =>
      isEntityType(type) ? ENTITY_LABELS[type][count === 1 ? 'singular' : 'plural'][language] : type,
    [language],
  );
  const relationshipName = useCallback(
    (type: string) => t(`graph.relationships.${type}`, { defaultValue: type }),
    [t],
  );
  const statusName = useCallback(
    (status: string | null | undefined) =>
      status ? t(`graph.status.${status}`, { defaultValue: status }) : '',
    [t],
  );
  return { t, typeName, relationshipName, statusName };
}
