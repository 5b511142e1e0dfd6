import { graphql } from '../../../graphql/generated';

export const USERS = graphql(`
  query Users($first: Int, $after: String) {
    users(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoParts
      }
      edges {
        node {
          id
          email
          displayName
          role
          disabled
          createdAt
        }
      }
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
      displayName
      role
      disabled
      createdAt
    }
  }
`);

export const SET_USER_ROLE = graphql(`
  mutation SetUserRole($id: ID!, $role: Role!) {
    setUserRole(id: $id, role: $role) {
      id
      role
    }
  }
`);

export const DISABLE_USER = graphql(`
  mutation DisableUser($id: ID!) {
    disableUser(id: $id) {
      id
      disabled
    }
  }
`);

export const ENABLE_USER = graphql(`
  mutation EnableUser($id: ID!) {
    enableUser(id: $id) {
      id
      disabled
    }
  }
`);
