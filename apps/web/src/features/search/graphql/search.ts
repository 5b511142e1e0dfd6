import { graphql } from '../../../graphql/generated';

export const SEARCH = graphql(`
  query Search($text: String!, $types: [EntityType!], $first: Int) {
    search(text: $text, types: $types, first: $first) {
      id
      type
      title
      snippet
      score
    }
  }
`);
