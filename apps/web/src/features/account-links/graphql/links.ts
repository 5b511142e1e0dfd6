import { graphql } from '../../../graphql/generated';

export const INVITATION_PREVIEW = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      email
      role
      expiresAt
    }
  }
`);

export const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {
    acceptInvitation(token: $token, displayName: $displayName, password: $password) {
      id
      email
      displayName
      role
      mustChangePassword
    }
  }
`);

export const PASSWORD_RESET_PREVIEW = graphql(`
  query PasswordResetPreview($token: String!) {
    passwordResetPreview(token: $token) {
      email
      expiresAt
    }
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      id
      email
      displayName
      role
      mustChangePassword
    }
  }
`);
