import { Injectable } from '@nestjs/common';
import { FIELD_LABELS, InputCheck, LIMITS, REFUSALS } from '@netzwerkstatt/domain';
import type { AccountRecord } from '../accounts/accounts.repository.js';
import { type FirstAdminInput, FirstAdminService } from '../accounts/first-admin.service.js';
import { PasswordCheckService } from '../accounts/password-check.service.js';
import type { ClientContext } from '../auth/client-context.js';
import type { RequestUser } from '../auth/request-user.js';
import { type IssuedSession, SessionsService } from './sessions.service.js';

export interface SignedIn {
  account: AccountRecord;
  session: IssuedSession;
}

@Injectable()
export class SignInService {
  constructor(
    private readonly passwords: PasswordCheckService,
    private readonly sessions: SessionsService,
    private readonly firstAdmin: FirstAdminService,
  ) {}

  /** `device`: the browser's device-cookie id, stored hashed on the new session. */
  async signIn(
    email: string,
    password: string,
    client: ClientContext,
    device: string | null,
  ): Promise<SignedIn> {
    new InputCheck()
      .requiredText('email', FIELD_LABELS.email, email, LIMITS.email)
      .custom(
        'password',
        typeof password === 'string' && password.length > 0,
        REFUSALS.required(FIELD_LABELS.password),
      )
      .done();
    const account = await this.passwords.signIn(email, password, client);
    return { account, session: await this.sessions.create(account.id, { kind: 'cookie', device }) };
  }

  /** Revokes the session the request was made with (cookie or API token); nothing to do when anonymous. */
  async signOut(user: RequestUser | undefined): Promise<void> {
    if (user) await this.sessions.revoke(user.id, user.sessionId);
  }

  /** Creates the first admin with the one-time set-up token and signs them in. */
  async setupFirstAdmin(token: string, input: FirstAdminInput, device: string | null): Promise<SignedIn> {
    const account = await this.firstAdmin.complete(token, input);
    return { account, session: await this.sessions.create(account.id, { kind: 'cookie', device }) };
  }
}
