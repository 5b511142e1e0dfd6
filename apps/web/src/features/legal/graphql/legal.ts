import { graphql } from '../../../graphql/generated';

export const LEGAL_PAGE = graphql(`
  query LegalPage($key: LegalPageKey!) {
    legalPage(key: $key) {
      key
      textDe
      textEn
      isDefault
      updatedAt
    }
  }
`);

export const UPDATE_LEGAL_PAGE = graphql(`
  mutation UpdateLegalPage($key: LegalPageKey!, $textDe: String!, $textEn: String!) {
    updateLegalPage(key: $key, textDe: $textDe, textEn: $textEn) {
      key
      textDe
      textEn
      isDefault
      updatedAt
    }
  }
`);
