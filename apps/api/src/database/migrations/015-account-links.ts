import { Migration } from './migration.js';

/**
 * Invitations and password resets: found by id and by the hash of their link's token (both unique);
 * one pending invitation per e-mail address.
 */
export const migration015: Migration = {
  version: 15,
  name: '015-account-links',
  statements: [
    'CREATE CONSTRAINT invitation_id IF NOT EXISTS FOR (i:Invitation) REQUIRE i.id IS UNIQUE',
    'CREATE CONSTRAINT invitation_token_hash IF NOT EXISTS FOR (i:Invitation) REQUIRE i.tokenHash IS UNIQUE',
    'CREATE CONSTRAINT invitation_email IF NOT EXISTS FOR (i:Invitation) REQUIRE i.email IS UNIQUE',
    'CREATE CONSTRAINT password_reset_id IF NOT EXISTS FOR (r:PasswordReset) REQUIRE r.id IS UNIQUE',
    'CREATE CONSTRAINT password_reset_token_hash IF NOT EXISTS FOR (r:PasswordReset) REQUIRE r.tokenHash IS UNIQUE',
  ],
};
