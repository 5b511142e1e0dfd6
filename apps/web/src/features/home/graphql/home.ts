import { graphql } from '../../../graphql/generated';

/** Actors per action field, one count each (the nine fields of the process chain, by position). */
export const FIELD_COUNTS = graphql(`
  query FieldCounts(
    $f1: ID!
    $f2: ID!
    $f3: ID!
    $f4: ID!
    $f5: ID!
    $f6: ID!
    $f7: ID!
    $f8: ID!
    $f9: ID!
  ) {
    f1: actors(first: 1, filter: { actionFieldIds: [$f1] }) {
      totalCount
    }
    f2: actors(first: 1, filter: { actionFieldIds: [$f2] }) {
      totalCount
    }
    f3: actors(first: 1, filter: { actionFieldIds: [$f3] }) {
      totalCount
    }
    f4: actors(first: 1, filter: { actionFieldIds: [$f4] }) {
      totalCount
    }
    f5: actors(first: 1, filter: { actionFieldIds: [$f5] }) {
      totalCount
    }
    f6: actors(first: 1, filter: { actionFieldIds: [$f6] }) {
      totalCount
    }
    f7: actors(first: 1, filter: { actionFieldIds: [$f7] }) {
      totalCount
    }
    f8: actors(first: 1, filter: { actionFieldIds: [$f8] }) {
      totalCount
    }
    f9: actors(first: 1, filter: { actionFieldIds: [$f9] }) {
      totalCount
    }
  }
`);

export const RECENT_CHANGES = graphql(`
  query RecentChanges {
    actors(first: 6, orderBy: { field: UPDATED_AT, direction: DESC }) {
      edges {
        node {
          id
          name
          updatedAt
        }
      }
    }
    challenges(first: 6, orderBy: { field: UPDATED_AT, direction: DESC }) {
      edges {
        node {
          id
          title
          updatedAt
        }
      }
    }
    guidelines(first: 6, orderBy: { field: UPDATED_AT, direction: DESC }) {
      edges {
        node {
          id
          title
          updatedAt
        }
      }
    }
  }
`);

export const OPEN_CHALLENGES = graphql(`
  query OpenChallenges {
    challenges(first: 100, filter: { status: [open] }, orderBy: { field: UPDATED_AT, direction: DESC }) {
      edges {
        node {
          id
          title
          createdBy
          priority
          actionField {
            id
            name
            nameEn
          }
        }
      }
    }
  }
`);
