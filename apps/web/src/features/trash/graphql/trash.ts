import { graphql } from '../../../graphql/generated';

export const TRASH = graphql(`
  query Trash($first: Int, $after: String) {
    trash(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoParts
      }
      edges {
        node {
          id
          entityType
          title
          deletedAt
          deletedByName
          purgeAfter
        }
      }
    }
  }
`);

export const RESTORE_FROM_TRASH = graphql(`
  mutation RestoreFromTrash($id: ID!) {
    restoreFromTrash(id: $id) {
      id
      entityType
      title
    }
  }
`);

export const PURGE_FROM_TRASH = graphql(`
  mutation PurgeFromTrash($id: ID!) {
    purgeFromTrash(id: $id)
  }
`);
