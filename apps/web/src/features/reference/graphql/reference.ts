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
      }
    }
    actorCategories {
      id
      key
      name
    }
    regions {
      id
      key
      name
      kind
    }
  }
`);
