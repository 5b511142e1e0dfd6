import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNT_REFUSALS, InputCheck, RECORD_LABELS, conflict, notFound } from '@netzwerkstatt/domain';
import { checkPassword } from '../accounts/account-input.js';
import type { AccountRecord } from '../accounts/accounts.repository.js';
import { hashPassword } from '../accounts/password.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { passwordResetMail } from '../mail/account-mails.js';
import { LINK_PAGES, type LinkDelivery, invalidLink, linkTo, plausibleToken } from '../mail/links.js';
import { MailService } from '../mail/mail.service.js';
import { SessionCache } from '../sessions/session-cache.js';
import { generateSessionToken, hashSessionToken } from '../sessions/session-token.js';
import { PasswordResetsRepository } from './password-resets.repository.js';

/**
 * Reset links an admin issues for an account (there is no self-service "forgot password": nobody can
 * make the server send mail to an address). One-time, valid RESET_LINK_TTL_HOURS; using one sets the
 * person's own password and signs them out everywhere else.
 */
@Injectable()
export class PasswordResetsService {
  constructor(
    private readonly resets: PasswordResetsRepository,
    private readonly mail: MailService,
    private readonly sessionCache: SessionCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(userId: string, adminId: string): Promise<LinkDelivery> {
    const token = generateSessionToken();
    const expiresAt = new Date(Date.now() + this.config.RESET_LINK_TTL_HOURS * 3_600_000).toISOString();
    const account = await this.resets.create({
      userId,
      tokenHash: hashSessionToken(token),
      expiresAt,
      createdBy: adminId,
    });
    if (account === 'NOT_FOUND') throw notFound(RECORD_LABELS.account, userId);
    if (account === 'DISABLED') throw conflict(ACCOUNT_REFUSALS.accountDisabled());
    const link = linkTo(this.config, LINK_PAGES.passwordReset, token);
    const mailed = await this.mail.send(passwordResetMail(account.email, link, expiresAt));
    return { mailed, link: mailed ? null : link, expiresAt };
  }

  async preview(token: string): Promise<{ email: string; expiresAt: string }> {
    const reset = plausibleToken(token) ? await this.resets.findValid(hashSessionToken(token)) : null;
    if (!reset) throw invalidLink();
    return reset;
  }

  /** Sets the new password; every session of the account ends (the caller signs this browser in). */
  async complete(token: string, password: string): Promise<AccountRecord> {
    checkPassword(new InputCheck(), 'password', password).done();
    if (!plausibleToken(token)) throw invalidLink();
    const account = await this.resets.use(hashSessionToken(token), await hashPassword(password));
    if (!account) throw invalidLink();
    this.sessionCache.forgetUser(account.id);
    return account;
  }
}
