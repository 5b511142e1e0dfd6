import { Inject, Injectable } from '@nestjs/common';
import {
  ACCOUNT_REFUSALS,
  type DomainError,
  FIELD_LABELS,
  InputCheck,
  LIMITS,
  REFUSALS,
  refuse,
} from '@netzwerkstatt/domain';
import { normalizeEmail } from '../accounts/account-input.js';
import type { AccountRecord } from '../accounts/accounts.repository.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { type FirstAdminInput, FirstAdminService } from '../accounts/first-admin.service.js';
import type { RequestUser } from '../auth/request-user.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { type IssuedSession, SessionsService } from './sessions.service.js';

export interface SignedIn {
  account: AccountRecord;
  session: IssuedSession;
}

function throttled(ms: number): DomainError {
  return refuse('UNAUTHENTICATED', ACCOUNT_REFUSALS.tooManyAttempts(Math.max(1, Math.ceil(ms / 60_000))));
}

@Injectable()
export class SignInService {
  private readonly throttle: SignInThrottle;

  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly firstAdmin: FirstAdminService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.throttle = new SignInThrottle({
      perAccount: config.SIGNIN_MAX_ATTEMPTS,
      perAddress: config.SIGNIN_MAX_ATTEMPTS_PER_ADDRESS,
      windowMinutes: config.SIGNIN_WINDOW_MINUTES,
    });
  }

  async signIn(email: string, password: string, clientAddress: string): Promise<SignedIn> {
    new InputCheck()
      .requiredText('email', FIELD_LABELS.email, email, LIMITS.email)
      .custom(
        'password',
        typeof password === 'string' && password.length > 0,
        REFUSALS.required(FIELD_LABELS.password),
      )
      .done();
    const key = normalizeEmail(email);
    const wait = this.throttle.blockedFor(key, clientAddress);
    if (wait > 0) throw throttled(wait);

    // Longer than any password we accept: refuse without spending hashing time on it.
    const plausible = [...password].length <= LIMITS.password.max;
    const account = plausible ? await this.accounts.verifyCredentials(key, password) : null;
    if (!account) {
      this.throttle.recordFailure(key, clientAddress);
      // One answer for an unknown address and a wrong password, so nobody can probe which addresses exist.
      throw refuse('UNAUTHENTICATED', ACCOUNT_REFUSALS.invalidCredentials());
    }
    this.throttle.recordSuccess(key);
    if (account.disabled) {
      throw refuse('FORBIDDEN', ACCOUNT_REFUSALS.accountDisabled());
    }
    return { account, session: await this.sessions.create(account.id, { kind: 'cookie' }) };
  }

  /** Revokes the session the request was made with (cookie or API token); nothing to do when anonymous. */
  async signOut(user: RequestUser | undefined): Promise<void> {
    if (user) await this.sessions.revoke(user.id, user.sessionId);
  }

  /** Creates the first admin with the one-time set-up token and signs them in. */
  async setupFirstAdmin(token: string, input: FirstAdminInput): Promise<SignedIn> {
    const account = await this.firstAdmin.complete(token, input);
    return { account, session: await this.sessions.create(account.id, { kind: 'cookie' }) };
  }
}
