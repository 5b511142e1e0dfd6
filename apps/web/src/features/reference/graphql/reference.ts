import { graphql } from '../../../graphql/generated';

/** The agreement's vocabulary: fixed while the app runs, fetched once per visit. */
export const REFERENCE_DATA = graphql(`
  query ReferenceData {
    actionFields {
      id
      key
      position
      name
      nameEn
      categories {
        id
        key
        name
        nameEn
      }
    }
    actorCategories {
      id
      key
      name
      nameEn
    }
    regions {
      id
      key
      name
      kind
    }
  }
`);
