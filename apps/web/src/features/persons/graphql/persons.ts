import { graphql } from '../../../graphql/generated';

export const PERSONS = graphql(`
  query Persons($first: Int, $after: String, $filter: PersonFilterInput) {
    persons(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoParts
      }
      edges {
        node {
          id
          name
          function
          actors {
            role
            actor {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const PERSON = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      id
      revision
      name
      function
      email
      phone
      createdAt
      updatedAt
      actors {
        role
        actor {
          id
          name
        }
      }
    }
  }
`);

export const CREATE_PERSON = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
    }
  }
`);

export const UPDATE_PERSON = graphql(`
  mutation UpdatePerson($id: ID!, $expectedRevision: Int!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, expectedRevision: $expectedRevision, input: $input) {
      id
      revision
      name
      function
      email
      phone
      updatedAt
    }
  }
`);

export const DELETE_PERSON = graphql(`
  mutation DeletePerson($id: ID!) {
    deletePerson(id: $id)
  }
`);

export const ACTOR_OPTIONS = graphql(`
  query ActorOptions($text: String) {
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
