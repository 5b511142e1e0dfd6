import { registerEnumType } from '@nestjs/graphql';

/** The three pages every public German website needs; their texts are the operator's to write. */
export const LEGAL_PAGE_KEYS = ['imprint', 'privacy', 'accessibility'] as const;
export type LegalPageKey = (typeof LEGAL_PAGE_KEYS)[number];

export const LegalPageKeyEnum = Object.fromEntries(LEGAL_PAGE_KEYS.map((key) => [key, key])) as {
  [K in LegalPageKey]: K;
};

registerEnumType(LegalPageKeyEnum, {
  name: 'LegalPageKey',
  description:
    'imprint: Impressum; privacy: Datenschutzerklärung; accessibility: Erklärung zur Barrierefreiheit',
});
