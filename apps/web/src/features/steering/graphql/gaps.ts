import { graphql } from '../../../graphql/generated';

export const STEERING_GAPS = graphql(`
  query SteeringGaps($text: String) {
    challenges(first: 50, filter: { withoutSolution: true, text: $text }) {
      totalCount
      edges {
        node {
          id
          title
          actionField {
            ...ActionFieldRef
          }
        }
      }
    }
    solutionApproaches(first: 50, filter: { withoutCarrier: true, text: $text }) {
      totalCount
      edges {
        node {
          id
          title
        }
      }
    }
    actionFieldsWithoutChallenges {
      ...ActionFieldRef
    }
    categoryFieldGaps {
      category {
        id
        name
        nameEn
      }
      actionField {
        ...ActionFieldRef
      }
    }
  }
`);
