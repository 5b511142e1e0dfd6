import { graphql } from '../../../graphql/generated';

/** Who is signed in; asked by every page (its own module, so the first page loads no other account operation). */
export const ME = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      mustChangePassword
    }
  }
`);
