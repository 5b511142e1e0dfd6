import { graphql } from '../../../graphql/generated';

/** Every thread of the guideline, resolved ones too (the panel filters), each with its replies. */
export const GUIDELINE_COMMENTS = graphql(`
  query GuidelineComments($guidelineId: ID!) {
    guidelineComments(guidelineId: $guidelineId, includeResolved: true) {
      id
      body
      anchor
      quote
      resolved
      resolvedAt
      resolvedByName
      authorName
      createdAt
      createdBy
      replies {
        id
        body
        authorName
        createdAt
        createdBy
      }
    }
  }
`);

/** Whom `@` suggests in a comment. */
export const ACCOUNTS_FOR_MENTION = graphql(`
  query AccountsForMention($text: String!) {
    accountsForMention(text: $text) {
      id
      displayName
    }
  }
`);

export const CREATE_COMMENT = graphql(`
  mutation CreateComment($input: CreateCommentInput!) {
    createComment(input: $input) {
      id
    }
  }
`);

export const RESOLVE_COMMENT_THREAD = graphql(`
  mutation ResolveCommentThread($id: ID!) {
    resolveCommentThread(id: $id) {
      id
      resolved
      resolvedAt
      resolvedByName
    }
  }
`);

export const REOPEN_COMMENT_THREAD = graphql(`
  mutation ReopenCommentThread($id: ID!) {
    reopenCommentThread(id: $id) {
      id
      resolved
      resolvedAt
      resolvedByName
    }
  }
`);
