import { useTranslation } from 'react-i18next';
import { useCategoryName, useFieldName, useReferenceData } from '../../reference';

/** Translation groups of the values of enumerated fields, per kind of record. */
const ENUM_GROUPS: Record<string, Record<string, string>> = {
  Challenge: { status: 'challenges.status', priority: 'challenges.priority' },
  SolutionApproach: { status: 'solutions.status' },
};

/**
 * How a recorded value reads: ids of action fields, categories and regions as their names, a status as
 * its word; undefined where there is nothing better than the plain value (or the number of entries).
 */
export function useDescribeValue(entityType: string): (field: string, value: unknown) => string | undefined {
  const { t } = useTranslation();
  const { reference } = useReferenceData();
  const fieldName = useFieldName();
  const categoryName = useCategoryName();
  const names = new Map<string, string>();
  for (const field of reference?.actionFields ?? [])
    names.set(field.id, `${field.position}. ${fieldName(field)}`);
  for (const category of reference?.actorCategories ?? []) names.set(category.id, categoryName(category));
  for (const region of reference?.regions ?? []) names.set(region.id, region.name);
  const named = new Set(['actionFieldId', 'actionFieldIds', 'categoryIds', 'regionIds']);

  return (field, value) => {
    const group = ENUM_GROUPS[entityType]?.[field];
    if (group && typeof value === 'string') return t(`${group}.${value}`, { defaultValue: value });
    if (!named.has(field)) return undefined;
    const ids = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
    if (ids.length === 0 || !ids.every((id) => names.has(id))) return undefined;
    return ids.map((id) => names.get(id) ?? id).join(', ');
  };
}
