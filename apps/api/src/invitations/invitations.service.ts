import { Inject, Injectable } from '@nestjs/common';
import {
  ACCOUNT_REFUSALS,
  InputCheck,
  RECORD_LABELS,
  type Role,
  conflict,
  germanSortKey,
  notFound,
} from '@netzwerkstatt/domain';
import {
  checkDisplayName,
  checkEmail,
  checkPassword,
  checkRole,
  normalizeEmail,
} from '../accounts/account-input.js';
import type { AccountRecord } from '../accounts/accounts.repository.js';
import { hashPassword } from '../accounts/password.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { invitationMail } from '../mail/account-mails.js';
import { LINK_PAGES, type LinkDelivery, invalidLink, linkTo, plausibleToken } from '../mail/links.js';
import { MailService } from '../mail/mail.service.js';
import { generateSessionToken, hashSessionToken } from '../sessions/session-token.js';
import { type InvitationRecord, InvitationsRepository } from './invitations.repository.js';

export interface IssuedInvitation {
  invitation: InvitationRecord;
  delivery: LinkDelivery;
}

/**
 * Invitations: an admin invites an e-mail address with a role; the person opens the one-time link,
 * chooses a name and password, and is signed in. The link is e-mailed when SMTP is configured, else
 * (or when sending fails) handed to the admin to pass on.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invite(
    email: string,
    role: Role,
    admin: { id: string; displayName: string },
  ): Promise<IssuedInvitation> {
    const check = new InputCheck();
    checkEmail(check, 'email', email);
    checkRole(check, 'role', role);
    check.done();
    const token = generateSessionToken();
    const created = await this.invitations.create({
      email: normalizeEmail(email),
      role,
      tokenHash: hashSessionToken(token),
      expiresAt: this.expiry(),
      createdBy: admin.id,
    });
    if (created === 'EMAIL_TAKEN') throw conflict(ACCOUNT_REFUSALS.emailTaken());
    return { invitation: created, delivery: await this.deliver(created, token, admin.displayName) };
  }

  /** A new link (the old one stops working) and a new expiry, sent again. */
  async resend(id: string, admin: { displayName: string }): Promise<IssuedInvitation> {
    const token = generateSessionToken();
    const renewed = await this.invitations.renew(id, hashSessionToken(token), this.expiry());
    if (!renewed) throw notFound(RECORD_LABELS.invitation, id);
    return { invitation: renewed, delivery: await this.deliver(renewed, token, admin.displayName) };
  }

  async revoke(id: string): Promise<void> {
    if (!(await this.invitations.delete(id))) throw notFound(RECORD_LABELS.invitation, id);
  }

  list(): Promise<InvitationRecord[]> {
    return this.invitations.list();
  }

  /** What the invitation page shows before the person chooses name and password. */
  async preview(token: string): Promise<InvitationRecord> {
    const invitation = plausibleToken(token)
      ? await this.invitations.findValid(hashSessionToken(token))
      : null;
    if (!invitation) throw invalidLink();
    return invitation;
  }

  /** Creates the account with the person's own name and password (no change required). */
  async accept(token: string, displayName: string, password: string): Promise<AccountRecord> {
    const check = new InputCheck();
    checkDisplayName(check, 'displayName', displayName);
    checkPassword(check, 'password', password);
    check.done();
    if (!plausibleToken(token)) throw invalidLink();
    const result = await this.invitations.accept(hashSessionToken(token), {
      displayName,
      sortKey: germanSortKey(displayName),
      passwordHash: await hashPassword(password),
      mustChangePassword: false,
    });
    if (result === 'INVALID') throw invalidLink();
    if (result === 'EMAIL_TAKEN') throw conflict(ACCOUNT_REFUSALS.emailTaken());
    return result;
  }

  private expiry(): string {
    return new Date(Date.now() + this.config.INVITATION_TTL_DAYS * 86_400_000).toISOString();
  }

  private async deliver(invitation: InvitationRecord, token: string, by: string): Promise<LinkDelivery> {
    const link = linkTo(this.config, LINK_PAGES.invitation, token);
    const mailed = await this.mail.send(
      invitationMail(invitation.email, link, invitation.role, invitation.expiresAt, by),
    );
    return { mailed, link: mailed ? null : link, expiresAt: invitation.expiresAt };
  }
}
