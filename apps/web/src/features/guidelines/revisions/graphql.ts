import { graphql } from '../../../graphql/generated';

export const GUIDELINE_REVISIONS = graphql(`
  query GuidelineRevisions($guidelineId: ID!, $first: Int, $after: String) {
    guidelineRevisions(guidelineId: $guidelineId, first: $first, after: $after) {
      pageInfo {
        ...PageInfoParts
      }
      edges {
        node {
          id
          at
          name
          authorNames
          createdByName
        }
      }
    }
  }
`);

export const GUIDELINE_REVISION = graphql(`
  query GuidelineRevision($id: ID!) {
    guidelineRevision(id: $id) {
      id
      at
      name
      text
      html
    }
  }
`);

/** The current text as last stored, to compare a revision with. */
export const GUIDELINE_CURRENT_TEXT = graphql(`
  query GuidelineCurrentText($id: ID!) {
    guideline(id: $id) {
      id
      bodyText
    }
  }
`);

export const NAME_GUIDELINE_REVISION = graphql(`
  mutation NameGuidelineRevision($guidelineId: ID!, $name: String!) {
    nameGuidelineRevision(guidelineId: $guidelineId, name: $name) {
      id
      name
    }
  }
`);

export const RESTORE_GUIDELINE_REVISION = graphql(`
  mutation RestoreGuidelineRevision($id: ID!) {
    restoreGuidelineRevision(id: $id) {
      id
    }
  }
`);
