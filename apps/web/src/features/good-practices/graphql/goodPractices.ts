import { graphql } from '../../../graphql/generated';

export const GOOD_PRACTICES = graphql(`
  query GoodPractices($first: Int, $after: String, $filter: GoodPracticeFilterInput) {
    goodPractices(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoParts
      }
      edges {
        node {
          id
          title
          description
          year
          url
          practisedBy {
            id
            name
          }
        }
      }
    }
  }
`);

export const GOOD_PRACTICE = graphql(`
  query GoodPractice($id: ID!) {
    goodPractice(id: $id) {
      id
      revision
      title
      description
      url
      year
      createdAt
      updatedAt
      practisedBy {
        id
        name
      }
      solutionApproaches {
        id
        title
        status
      }
    }
  }
`);

export const CREATE_GOOD_PRACTICE = graphql(`
  mutation CreateGoodPractice($input: CreateGoodPracticeInput!) {
    createGoodPractice(input: $input) {
      id
    }
  }
`);

export const UPDATE_GOOD_PRACTICE = graphql(`
  mutation UpdateGoodPractice($id: ID!, $expectedRevision: Int!, $input: UpdateGoodPracticeInput!) {
    updateGoodPractice(id: $id, expectedRevision: $expectedRevision, input: $input) {
      id
      revision
      title
      description
      url
      year
      updatedAt
    }
  }
`);

export const DELETE_GOOD_PRACTICE = graphql(`
  mutation DeleteGoodPractice($id: ID!) {
    deleteGoodPractice(id: $id)
  }
`);
