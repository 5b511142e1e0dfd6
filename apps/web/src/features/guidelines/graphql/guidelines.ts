import { graphql } from '../../../graphql/generated';

export const GUIDELINES = graphql(`
  query Guidelines($first: Int, $after: String, $filter: GuidelineFilterInput, $orderBy: TitleOrderInput) {
    guidelines(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          version
          updatedAt
          actionField {
            id
            position
            name
            nameEn
          }
        }
      }
    }
  }
`);

export const GUIDELINE = graphql(`
  query Guideline($id: ID!) {
    guideline(id: $id) {
      id
      revision
      title
      status
      version
      createdAt
      updatedAt
      actionField {
        id
        position
        name
        nameEn
      }
    }
  }
`);

export const CREATE_GUIDELINE = graphql(`
  mutation CreateGuideline($input: CreateGuidelineInput!) {
    createGuideline(input: $input) {
      id
    }
  }
`);

export const UPDATE_GUIDELINE = graphql(`
  mutation UpdateGuideline($id: ID!, $expectedRevision: Int!, $input: UpdateGuidelineInput!) {
    updateGuideline(id: $id, expectedRevision: $expectedRevision, input: $input) {
      id
      revision
      title
      status
      version
      updatedAt
      actionField {
        id
        position
        name
        nameEn
      }
    }
  }
`);

export const DELETE_GUIDELINE = graphql(`
  mutation DeleteGuideline($id: ID!) {
    deleteGuideline(id: $id)
  }
`);
