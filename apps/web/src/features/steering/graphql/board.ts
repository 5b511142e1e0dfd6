import { graphql } from '../../../graphql/generated';

export const STEERING_BOARD = graphql(`
  query SteeringBoard($filter: ChallengeFilterInput) {
    challenges(first: 100, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoParts
      }
      edges {
        node {
          id
          revision
          title
          status
          priority
          actionField {
            id
          }
          actors {
            id
            name
          }
          solutionApproaches {
            id
          }
        }
      }
    }
  }
`);

export const MOVE_CHALLENGE = graphql(`
  mutation SteeringMoveChallenge($id: ID!, $expectedRevision: Int!, $status: ChallengeStatus!) {
    updateChallenge(id: $id, expectedRevision: $expectedRevision, input: { status: $status }) {
      id
      revision
      status
      updatedAt
    }
  }
`);

export const CHALLENGE_MAPPING = graphql(`
  query SteeringChallengeMapping($id: ID!) {
    challenge(id: $id) {
      id
      title
      solutionApproaches {
        id
        revision
        title
        status
        progress
        carriers {
          id
          name
        }
        goodPractices {
          id
          title
        }
      }
    }
  }
`);

export const STEERING_SOLUTION_OPTIONS = graphql(`
  query SteeringSolutionOptions($text: String) {
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

export const STEERING_ACTOR_OPTIONS = graphql(`
  query SteeringActorOptions($text: String) {
    actors(first: 50, filter: { text: $text }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const STEERING_PRACTICE_OPTIONS = graphql(`
  query SteeringPracticeOptions($text: String) {
    goodPractices(first: 50, filter: { text: $text }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export const LINK_APPROACH = graphql(`
  mutation SteeringLinkApproach($solutionId: ID!, $challengeId: ID!) {
    linkSolutionToChallenge(solutionId: $solutionId, challengeId: $challengeId) {
      id
    }
  }
`);

export const UNLINK_APPROACH = graphql(`
  mutation SteeringUnlinkApproach($solutionId: ID!, $challengeId: ID!) {
    unlinkSolutionFromChallenge(solutionId: $solutionId, challengeId: $challengeId) {
      id
    }
  }
`);

export const CREATE_APPROACH = graphql(`
  mutation SteeringCreateApproach($input: CreateSolutionApproachInput!) {
    createSolutionApproach(input: $input) {
      id
    }
  }
`);

export const ADD_CARRIER = graphql(`
  mutation SteeringAddCarrier($actorId: ID!, $solutionId: ID!) {
    linkActorToSolution(actorId: $actorId, solutionId: $solutionId) {
      id
    }
  }
`);

export const ADD_EVIDENCE = graphql(`
  mutation SteeringAddEvidence($goodPracticeId: ID!, $solutionId: ID!) {
    linkGoodPracticeToSolution(goodPracticeId: $goodPracticeId, solutionId: $solutionId) {
      id
    }
  }
`);

export const SET_PROGRESS = graphql(`
  mutation SteeringSetProgress($id: ID!, $expectedRevision: Int!, $progress: Int!) {
    updateSolutionApproach(id: $id, expectedRevision: $expectedRevision, input: { progress: $progress }) {
      id
      revision
      progress
      updatedAt
    }
  }
`);
