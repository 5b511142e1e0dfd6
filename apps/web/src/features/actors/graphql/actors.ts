import { graphql } from '../../../graphql/generated';

export const ACTORS = graphql(`
  query Actors($first: Int, $after: String, $filter: ActorFilterInput, $orderBy: ActorOrderInput) {
    actors(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        ...PageInfoParts
      }
      edges {
        node {
          id
          name
          statewide
          categories {
            id
            name
            nameEn
          }
          actionFields {
            id
            position
            name
            nameEn
          }
          regions {
            id
            name
          }
        }
      }
    }
  }
`);

export const ACTOR = graphql(`
  query Actor($id: ID!) {
    actor(id: $id) {
      id
      revision
      name
      description
      website
      email
      statewide
      createdAt
      updatedAt
      categories {
        id
        name
        nameEn
      }
      actionFields {
        id
        position
        name
        nameEn
      }
      regions {
        id
        name
      }
      persons {
        role
        person {
          id
          name
          function
          email
        }
      }
      solutionApproaches {
        id
        title
        status
      }
      goodPractices {
        id
        title
        year
      }
    }
  }
`);

export const CREATE_ACTOR = graphql(`
  mutation CreateActor($input: CreateActorInput!) {
    createActor(input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_ACTOR = graphql(`
  mutation UpdateActor($id: ID!, $expectedRevision: Int!, $input: UpdateActorInput!) {
    updateActor(id: $id, expectedRevision: $expectedRevision, input: $input) {
      id
      revision
      name
      description
      website
      email
      statewide
      updatedAt
      categories {
        id
        name
      }
      actionFields {
        id
        position
        name
        nameEn
      }
      regions {
        id
        name
      }
    }
  }
`);

export const DELETE_ACTOR = graphql(`
  mutation DeleteActor($id: ID!) {
    deleteActor(id: $id)
  }
`);
