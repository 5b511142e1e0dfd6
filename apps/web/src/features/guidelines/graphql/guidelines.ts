import { graphql } from '../../../graphql/generated';

export const GUIDELINES = graphql(`
  query Guidelines($first: Int, $after: String, $filter: GuidelineFilterInput, $orderBy: TitleOrderInput) {
    guidelines(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        ...PageInfoParts
      }
      edges {
        node {
          id
          title
          status
          version
          updatedAt
          actionField {
            ...ActionFieldRef
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
      editable
      createdAt
      updatedAt
      actionField {
        ...ActionFieldRef
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
      editable
      updatedAt
      actionField {
        ...ActionFieldRef
      }
    }
  }
`);

export const DELETE_GUIDELINE = graphql(`
  mutation DeleteGuideline($id: ID!) {
    deleteGuideline(id: $id)
  }
`);
