import { graphql } from '../../../graphql/generated';

export const HISTORY = graphql(`
  query History($entityId: ID!, $first: Int, $after: String) {
    history(entityId: $entityId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          action
          userName
          changes
          related
        }
      }
    }
  }
`);
