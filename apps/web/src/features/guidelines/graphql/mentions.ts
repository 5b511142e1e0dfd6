import { graphql } from '../../../graphql/generated';

/** What `@` and `#` suggest while typing: the full-text search, limited to the kinds a trigger names. */
export const MENTION_CANDIDATES = graphql(`
  query MentionCandidates($text: String!, $types: [EntityType!], $first: Int) {
    search(text: $text, types: $types, first: $first) {
      id
      type
      title
    }
  }
`);

/** Which of the mentioned things are in the Papierkorb or gone (at most 100 ids a question). */
export const MISSING_MENTIONS = graphql(`
  query MissingMentions($ids: [ID!]!) {
    missingMentions(ids: $ids)
  }
`);
