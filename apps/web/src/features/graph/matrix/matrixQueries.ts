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

export const FIELD_REGION_MATRIX = graphql(`
  query GraphFieldRegionMatrix {
    fieldRegionMatrix {
      actionFields {
        id
        key
        position
        name
        nameEn
      }
      regions {
        id
        key
        name
      }
      cells {
        actionFieldId
        actionFieldKey
        regionId
        regionKey
        actorCount
        gap
      }
      fieldTotals {
        actionFieldId
        actorCount
        statewideCount
        withoutRegionCount
      }
    }
  }
`);

/** The actors of one field × region cell (those active in the region, as the cell counts them). */
export const REGION_CELL_ACTORS = graphql(`
  query GraphRegionCellActors($fieldKey: String!, $regionKey: String!) {
    graphSet(
      filter: { types: [Actor], fieldKeys: [$fieldKey], regionKeys: [$regionKey], regionalOnly: true }
    ) {
      nodes {
        id
      }
      totalCount
      truncated
    }
  }
`);

/** Nodes by id with every relationship among them; ids that are gone come back in missingIds. */
export const GRAPH_SUBGRAPH = graphql(`
  query GraphSubgraph($ids: [ID!]!) {
    subgraph(ids: $ids) {
      nodes {
        id
        type
        label
        key
        status
        priority
        position
        year
      }
      edges {
        from
        to
        type
      }
      missingIds
    }
  }
`);
