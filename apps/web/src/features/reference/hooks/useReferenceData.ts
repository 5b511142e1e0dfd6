import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ReferenceDataQuery } from '../../../graphql/generated/graphql';
import { REFERENCE_DATA } from '../graphql/reference';

export type ActionFieldRef = ReferenceDataQuery['actionFields'][number];
export type CategoryRef = ReferenceDataQuery['actorCategories'][number];
export type RegionRef = ReferenceDataQuery['regions'][number];

export function useReferenceData() {
  const result = useQuery(REFERENCE_DATA, { fetchPolicy: 'cache-first' });
  return { ...result, reference: result.data };
}

/** An action field's name in the person's language. */
export function useFieldName(): (field: { name: string; nameEn?: string | null }) => string {
  const { i18n } = useTranslation();
  return (field) => (i18n.language === 'en' && field.nameEn ? field.nameEn : field.name);
}

/** The action fields as select options ("3. Name"), in the order of the process chain. */
export function useActionFieldOptions(): { value: string; label: string }[] {
  const { reference } = useReferenceData();
  const fieldName = useFieldName();
  return [...(reference?.actionFields ?? [])]
    .sort((a, b) => a.position - b.position)
    .map((field) => ({ value: field.id, label: `${field.position}. ${fieldName(field)}` }));
}
