import { graphql } from '../../../graphql/generated';

export const CATEGORY_FIELD_MATRIX = graphql(`
  query GraphCategoryFieldMatrix {
    categoryFieldMatrix {
      actionFields {
        id
        position
        name
        nameEn
      }
      categories {
        id
        name
        nameEn
      }
      cells {
        actionFieldId
        categoryId
        actorCount
        placed
      }
    }
  }
`);

/** The actors behind one cell (at most 100: a cell is a starting point, not a directory). */
export const CELL_ACTORS = graphql(`
  query GraphCellActors($fieldId: ID!, $categoryId: ID!) {
    actors(first: 100, filter: { actionFieldIds: [$fieldId], categoryIds: [$categoryId] }) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
