import { graphql } from '../../../graphql/generated';

export const FIELD_ACTORS = graphql(`
  query FieldActors($actionFieldId: ID!, $categoryIds: [ID!], $first: Int) {
    actors(first: $first, filter: { actionFieldIds: [$actionFieldId], categoryIds: $categoryIds }) {
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
