import { Inject, Injectable, Logger } from '@nestjs/common';
import { ACCOUNT_REFUSALS, InputCheck, conflict, refuse } from '@netzwerkstatt/domain';
import { timingSafeEqual } from 'node:crypto';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { generateSessionToken, hashSessionToken } from '../sessions/session-token.js';
import { checkDisplayName, checkEmail, checkPassword } from './account-input.js';
import type { AccountRecord } from './accounts.repository.js';
import { AccountsService } from './accounts.service.js';

export interface FirstAdminInput {
  email: string;
  displayName: string;
  password: string;
}

/**
 * The first admin of an empty database. There is no default password anywhere: on start without any
 * account the server makes a one-time set-up token, keeps only its hash in memory (so it dies with the
 * process), and prints the link. Using it creates the admin and closes the set-up for good.
 */
@Injectable()
export class FirstAdminService {
  private readonly logger = new Logger('Netzwerkstatt');
  private tokenHash: Buffer | null = null;

  constructor(
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** When no account exists: a fresh token (replacing any earlier one) and the set-up link; else null. */
  async openSetup(): Promise<string | null> {
    this.tokenHash = null;
    if (await this.accounts.hasAnyAccount()) return null;
    const token = generateSessionToken();
    this.tokenHash = Buffer.from(hashSessionToken(token), 'hex');
    return `${this.config.PUBLIC_URL.replace(/\/$/, '')}/setup?token=${token}`;
  }

  /** Called once at start; prints exactly one line when the set-up is open. */
  async announce(): Promise<void> {
    const link = await this.openSetup();
    if (link) {
      this.logger.warn(
        `Noch kein Konto – erstes Administrationskonto hier anlegen / no account yet – create the first admin here: ${link}`,
      );
    }
  }

  async complete(token: string, input: FirstAdminInput): Promise<AccountRecord> {
    if (!this.matches(token)) {
      throw refuse('FORBIDDEN', ACCOUNT_REFUSALS.setupTokenInvalid());
    }
    const check = new InputCheck();
    checkEmail(check, 'email', input.email);
    checkDisplayName(check, 'displayName', input.displayName);
    checkPassword(check, 'password', input.password);
    check.done();
    // Consumed before the first await, so two simultaneous requests cannot both use it.
    const consumed = this.tokenHash;
    this.tokenHash = null;
    let account: AccountRecord | null;
    try {
      account = await this.accounts.createFirstAdmin(input);
    } catch (error) {
      this.tokenHash = consumed;
      throw error;
    }
    if (!account) {
      throw conflict(ACCOUNT_REFUSALS.setupDone());
    }
    return account;
  }

  private matches(token: unknown): boolean {
    if (!this.tokenHash || typeof token !== 'string' || token.length > 200) return false;
    return timingSafeEqual(Buffer.from(hashSessionToken(token), 'hex'), this.tokenHash);
  }
}
