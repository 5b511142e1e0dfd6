import { graphql } from '../../../graphql/generated';

// The queries behind "CSV exportieren": the same lists and filters as the list pages, with every
// column the export writes. Ordered as the pages order them.

export const EXPORT_ACTORS = graphql(`
  query ExportActors($first: Int, $after: String, $filter: ActorFilterInput) {
    actors(first: $first, after: $after, filter: $filter, orderBy: { field: NAME, direction: ASC }) {
      pageInfo {
        ...PageInfoParts
      }
      edges {
        node {
          id
          name
          description
          website
          email
          statewide
          categories {
            name
            nameEn
          }
          actionFields {
            position
            name
            nameEn
          }
          regions {
            name
          }
          updatedAt
        }
      }
    }
  }
`);

export const EXPORT_PERSONS = graphql(`
  query ExportPersons($first: Int, $after: String, $filter: PersonFilterInput) {
    persons(first: $first, after: $after, filter: $filter) {
      pageInfo {
        ...PageInfoParts
      }
      edges {
        node {
          id
          name
          function
          email
          phone
          actors {
            role
            actor {
              name
            }
          }
          updatedAt
        }
      }
    }
  }
`);

export const EXPORT_CHALLENGES = graphql(`
  query ExportChallenges($first: Int, $after: String, $filter: ChallengeFilterInput) {
    challenges(first: $first, after: $after, filter: $filter) {
      pageInfo {
        ...PageInfoParts
      }
      edges {
        node {
          id
          title
          description
          status
          priority
          actionField {
            position
            name
            nameEn
          }
          solutionApproaches {
            title
          }
          updatedAt
        }
      }
    }
  }
`);

export const EXPORT_SOLUTIONS = graphql(`
  query ExportSolutionApproaches($first: Int, $after: String, $filter: SolutionApproachFilterInput) {
    solutionApproaches(first: $first, after: $after, filter: $filter) {
      pageInfo {
        ...PageInfoParts
      }
      edges {
        node {
          id
          title
          description
          status
          challenges {
            title
          }
          carriers {
            name
          }
          updatedAt
        }
      }
    }
  }
`);

export const EXPORT_GOOD_PRACTICES = graphql(`
  query ExportGoodPractices($first: Int, $after: String, $filter: GoodPracticeFilterInput) {
    goodPractices(first: $first, after: $after, filter: $filter) {
      pageInfo {
        ...PageInfoParts
      }
      edges {
        node {
          id
          title
          description
          url
          year
          practisedBy {
            name
          }
          solutionApproaches {
            title
          }
          updatedAt
        }
      }
    }
  }
`);
