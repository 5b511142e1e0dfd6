import { graphql } from '../../../graphql/generated';

export const GUIDELINE_PUBLICATION = graphql(`
  query GuidelinePublication($id: ID!) {
    guideline(id: $id) {
      id
      revision
      status
      version
      draftDiffers
      publishedVersion {
        guidelineId
        number
        publishedAt
      }
      versions {
        guidelineId
        number
        publishedAt
        publishedByName
      }
    }
  }
`);

export const GUIDELINE_VERSION = graphql(`
  query GuidelineVersion($guidelineId: ID!, $number: Int!) {
    guidelineVersion(guidelineId: $guidelineId, number: $number) {
      guidelineId
      number
      title
      publishedAt
      publishedByName
      html
    }
  }
`);

export const PUBLISH_GUIDELINE = graphql(`
  mutation PublishGuideline($id: ID!, $expectedRevision: Int!) {
    publishGuideline(id: $id, expectedRevision: $expectedRevision) {
      id
      revision
      status
      version
      editable
      updatedAt
      draftDiffers
      publishedVersion {
        guidelineId
        number
        publishedAt
      }
      versions {
        guidelineId
        number
        publishedAt
        publishedByName
      }
    }
  }
`);

export const MOVE_GUIDELINE_STATUS = graphql(`
  mutation MoveGuidelineStatus($id: ID!, $expectedRevision: Int!, $status: GuidelineStatus!) {
    updateGuideline(id: $id, expectedRevision: $expectedRevision, input: { status: $status }) {
      id
      revision
      status
      version
      editable
      updatedAt
    }
  }
`);
