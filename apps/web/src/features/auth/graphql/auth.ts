import { graphql } from '../../../graphql/generated';

export const SIGN_IN = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
      email
      displayName
      role
      mustChangePassword
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const SETUP_FIRST_ADMIN = graphql(`
  mutation SetupFirstAdmin($token: String!, $email: String!, $displayName: String!, $password: String!) {
    setupFirstAdmin(token: $token, email: $email, displayName: $displayName, password: $password) {
      id
      email
      displayName
      role
      mustChangePassword
    }
  }
`);
