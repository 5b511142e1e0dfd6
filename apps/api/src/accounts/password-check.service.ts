import { Inject, Injectable } from '@nestjs/common';
import {
  ACCOUNT_REFUSALS,
  LIMITS,
  RECORD_LABELS,
  type Refusal,
  badField,
  notFound,
  refuse,
} from '@netzwerkstatt/domain';
import type { ClientContext } from '../auth/client-context.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { normalizeEmail } from './account-input.js';
import {
  type AccountRecord,
  AccountsRepository,
  type AccountWithCredentials,
} from './accounts.repository.js';
import { type PasswordAttempt, PasswordThrottle } from './password-throttle.js';
import { verifyAgainstDecoy, verifyPassword } from './password.js';

/**
 * Every check of a password against an account — signing in, changing the password, deleting the
 * account — goes through here, so one throttle counts them all (see `PasswordThrottle`).
 */
@Injectable()
export class PasswordCheckService {
  private readonly throttle: PasswordThrottle;

  constructor(
    private readonly accounts: AccountsRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.throttle = new PasswordThrottle({
      perPair: config.SIGNIN_MAX_ATTEMPTS,
      perDevice: config.SIGNIN_MAX_ATTEMPTS,
      perAccount: config.SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT,
      perAddress: config.SIGNIN_MAX_ATTEMPTS_PER_ADDRESS,
      windowMinutes: config.SIGNIN_WINDOW_MINUTES,
      baseDelaySeconds: config.SIGNIN_BASE_DELAY_SECONDS,
    });
  }

  /**
   * The account when the e-mail address and password match an enabled account. An unknown address, a
   * wrong password and a disabled account (whatever the password) all answer INVALID_CREDENTIALS after
   * the same hashing work, so the answer tells nothing about which addresses exist, which are disabled,
   * or whether a guessed password was right.
   */
  async signIn(email: string, password: string, client: ClientContext): Promise<AccountRecord> {
    const attempt = this.attempt(normalizeEmail(email), client);
    await this.wait(attempt, 'UNAUTHENTICATED', ACCOUNT_REFUSALS.tooManyAttempts);
    const account = await this.accounts.credentialsByEmail(attempt.account);
    const right = await this.verify(account, password);
    if (!account || !right || account.disabled) {
      this.throttle.recordFailure(attempt);
      throw refuse('UNAUTHENTICATED', ACCOUNT_REFUSALS.invalidCredentials());
    }
    this.throttle.recordSuccess(attempt);
    return withoutHash(account);
  }

  /** A signed-in person confirms their password; a wrong one is a field error on `field`. */
  async confirm(userId: string, password: unknown, field: string, client: ClientContext): Promise<void> {
    const account = await this.accounts.credentialsById(userId);
    if (!account) throw notFound(RECORD_LABELS.account, userId);
    const attempt = this.attempt(account.email, client);
    await this.wait(attempt, 'FORBIDDEN', ACCOUNT_REFUSALS.tooManyPasswordChecks);
    if (!(await this.verify(account, password))) {
      this.throttle.recordFailure(attempt);
      throw badField(field, ACCOUNT_REFUSALS.wrongPassword());
    }
    this.throttle.recordSuccess(attempt);
  }

  private attempt(account: string, client: ClientContext): PasswordAttempt {
    return { account, address: client.address, device: client.deviceHash };
  }

  /** Throws the refusal, naming the minutes left, while the throttle holds this check back. */
  private async wait(
    attempt: PasswordAttempt,
    code: 'UNAUTHENTICATED' | 'FORBIDDEN',
    refusal: (minutes: number) => Refusal,
  ): Promise<void> {
    const device = attempt.device;
    const ms = await this.throttle.blockedFor(attempt, () =>
      device ? this.accounts.knowsDevice(attempt.account, device) : Promise.resolve(false),
    );
    if (ms > 0) throw refuse(code, refusal(Math.max(1, Math.ceil(ms / 60_000))));
  }

  /** A missing account costs the same hashing time as a wrong password. */
  private async verify(account: AccountWithCredentials | null, password: unknown): Promise<boolean> {
    // Longer than any password we accept: refuse without spending hashing time on it.
    if (typeof password !== 'string' || [...password].length > LIMITS.password.max) return false;
    if (!account) return verifyAgainstDecoy(password);
    return verifyPassword(account.passwordHash, password);
  }
}

function withoutHash(account: AccountWithCredentials): AccountRecord {
  const { passwordHash: _hash, ...rest } = account;
  return rest;
}
