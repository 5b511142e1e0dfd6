import { graphql } from '../../../graphql/generated';

export const SOLUTIONS = graphql(`
  query SolutionApproaches($first: Int, $after: String, $filter: SolutionApproachFilterInput) {
    solutionApproaches(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoParts
      }
      edges {
        node {
          id
          title
          status
          challenges {
            id
            title
          }
          carriers {
            id
            name
          }
        }
      }
    }
  }
`);

export const SOLUTION = graphql(`
  query SolutionApproach($id: ID!) {
    solutionApproach(id: $id) {
      id
      revision
      title
      description
      status
      progress
      statusTimeline {
        at
        from
        to
        userName
      }
      createdAt
      updatedAt
      challenges {
        id
        title
        status
        actionField {
          ...ActionFieldRef
        }
      }
      carriers {
        id
        name
      }
      goodPractices {
        id
        title
        year
      }
    }
  }
`);

export const CREATE_SOLUTION = graphql(`
  mutation CreateSolutionApproach($input: CreateSolutionApproachInput!) {
    createSolutionApproach(input: $input) {
      id
    }
  }
`);

export const UPDATE_SOLUTION = graphql(`
  mutation UpdateSolutionApproach($id: ID!, $expectedRevision: Int!, $input: UpdateSolutionApproachInput!) {
    updateSolutionApproach(id: $id, expectedRevision: $expectedRevision, input: $input) {
      id
      revision
      title
      description
      status
      updatedAt
    }
  }
`);

export const DELETE_SOLUTION = graphql(`
  mutation DeleteSolutionApproach($id: ID!) {
    deleteSolutionApproach(id: $id)
  }
`);

export const LINK_CARRIER = graphql(`
  mutation LinkActorToSolution($actorId: ID!, $solutionId: ID!) {
    linkActorToSolution(actorId: $actorId, solutionId: $solutionId) {
      id
    }
  }
`);

export const UNLINK_CARRIER = graphql(`
  mutation UnlinkActorFromSolution($actorId: ID!, $solutionId: ID!) {
    unlinkActorFromSolution(actorId: $actorId, solutionId: $solutionId) {
      id
    }
  }
`);

export const CHALLENGE_OPTIONS = graphql(`
  query ChallengeOptions($text: String) {
    challenges(first: 50, filter: { text: $text }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);
