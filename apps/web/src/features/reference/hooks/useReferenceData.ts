import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ReferenceDataQuery } from '../../../graphql/generated/graphql';
import { sortGerman } from '../../../shared/format';
import { REFERENCE_DATA } from '../graphql/reference';

export type ActionFieldRef = ReferenceDataQuery['actionFields'][number];
export type CategoryRef = ReferenceDataQuery['actorCategories'][number];
export type RegionRef = ReferenceDataQuery['regions'][number];

export function useReferenceData() {
  const result = useQuery(REFERENCE_DATA, { fetchPolicy: 'cache-first' });
  return { ...result, reference: result.data };
}

type Named = { name: string; nameEn?: string | null };

/** A reference node's name in the person's language (the German one when it has no English one). */
function useLocalName(): (node: Named) => string {
  const { i18n } = useTranslation();
  return (node) => (i18n.language === 'en' && node.nameEn ? node.nameEn : node.name);
}

/** An action field's name in the person's language. */
export const useFieldName: () => (field: Named) => string = useLocalName;

/** An actor category's name in the person's language. */
export const useCategoryName: () => (category: Named) => string = useLocalName;

/** The action fields as select options ("3. Name"), in the order of the process chain. */
export function useActionFieldOptions(): { value: string; label: string }[] {
  const { reference } = useReferenceData();
  const fieldName = useFieldName();
  return [...(reference?.actionFields ?? [])]
    .sort((a, b) => a.position - b.position)
    .map((field) => ({ value: field.id, label: `${field.position}. ${fieldName(field)}` }));
}

/** The actor categories as select options, named in the person's language, in alphabetical order. */
export function useCategoryOptions(): { value: string; label: string }[] {
  const { reference } = useReferenceData();
  const categoryName = useCategoryName();
  return sortGerman(
    (reference?.actorCategories ?? []).map((category) => ({
      value: category.id,
      label: categoryName(category),
    })),
    (option) => option.label,
  );
}
