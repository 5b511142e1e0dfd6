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
          mustChangePassword
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

export const INVITATIONS = graphql(`
  query Invitations {
    invitations {
      id
      email
      role
      createdAt
      expiresAt
      invitedBy
    }
  }
`);

export const INVITE_USER = graphql(`
  mutation InviteUser($email: String!, $role: Role!) {
    inviteUser(email: $email, role: $role) {
      invitation {
        id
        email
      }
      delivery {
        mailed
        link
        expiresAt
      }
    }
  }
`);

export const RESEND_INVITATION = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      invitation {
        id
        email
        expiresAt
      }
      delivery {
        mailed
        link
        expiresAt
      }
    }
  }
`);

export const REVOKE_INVITATION = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

export const ISSUE_PASSWORD_RESET = graphql(`
  mutation IssuePasswordReset($userId: ID!) {
    issuePasswordReset(userId: $userId) {
      mailed
      link
      expiresAt
    }
  }
`);
