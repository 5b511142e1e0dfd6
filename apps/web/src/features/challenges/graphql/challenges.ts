import { graphql } from '../../../graphql/generated';

export const CHALLENGES = graphql(`
  query Challenges($first: Int, $after: String, $filter: ChallengeFilterInput) {
    challenges(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoParts
      }
      edges {
        node {
          id
          title
          status
          priority
          actionField {
            ...ActionFieldRef
          }
        }
      }
    }
  }
`);

export const CHALLENGE = graphql(`
  query Challenge($id: ID!) {
    challenge(id: $id) {
      id
      revision
      title
      description
      status
      priority
      createdAt
      updatedAt
      actionField {
        ...ActionFieldRef
      }
      solutionApproaches {
        id
        title
        status
      }
      actors {
        id
        name
      }
    }
  }
`);

export const CREATE_CHALLENGE = graphql(`
  mutation CreateChallenge($input: CreateChallengeInput!) {
    createChallenge(input: $input) {
      id
    }
  }
`);

export const UPDATE_CHALLENGE = graphql(`
  mutation UpdateChallenge($id: ID!, $expectedRevision: Int!, $input: UpdateChallengeInput!) {
    updateChallenge(id: $id, expectedRevision: $expectedRevision, input: $input) {
      id
      revision
      title
      description
      status
      priority
      updatedAt
      actionField {
        ...ActionFieldRef
      }
    }
  }
`);

export const DELETE_CHALLENGE = graphql(`
  mutation DeleteChallenge($id: ID!) {
    deleteChallenge(id: $id)
  }
`);

export const LINK_SOLUTION_TO_CHALLENGE = graphql(`
  mutation LinkSolutionToChallenge($challengeId: ID!, $solutionId: ID!) {
    linkSolutionToChallenge(challengeId: $challengeId, solutionId: $solutionId) {
      id
      title
      status
    }
  }
`);

export const UNLINK_SOLUTION_FROM_CHALLENGE = graphql(`
  mutation UnlinkSolutionFromChallenge($challengeId: ID!, $solutionId: ID!) {
    unlinkSolutionFromChallenge(challengeId: $challengeId, solutionId: $solutionId) {
      id
    }
  }
`);

export const SOLUTION_OPTIONS = graphql(`
  query SolutionOptions($text: String) {
    solutionApproaches(first: 50, filter: { text: $text }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);
