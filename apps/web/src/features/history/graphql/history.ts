import { graphql } from '../../../graphql/generated';

export const HISTORY = graphql(`
  query History($entityId: ID!, $first: Int, $after: String) {
    history(entityId: $entityId, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoParts
      }
      edges {
        node {
          id
          at
          action
          entityType
          userName
          changes
          related
        }
      }
    }
  }
`);

export const RESTORE_FIELD_VALUE = graphql(`
  mutation RestoreFieldValue($changeId: ID!, $field: String!, $side: ChangeSide!, $expectedRevision: Int!) {
    restoreFieldValue(changeId: $changeId, field: $field, side: $side, expectedRevision: $expectedRevision)
  }
`);
