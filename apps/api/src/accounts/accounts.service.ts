import { Injectable } from '@nestjs/common';
import {
  ACCOUNT_REFUSALS,
  type DomainError,
  InputCheck,
  RECORD_LABELS,
  type Role,
  conflict,
  germanSortKey,
  notFound,
  refuse,
} from '@netzwerkstatt/domain';
import { decodeCursor, pageSize, toConnection } from '../common/pagination/cursor.js';
import { SessionCache } from '../sessions/session-cache.js';
import { checkDisplayName, checkEmail, checkPassword, checkRole, normalizeEmail } from './account-input.js';
import { type AccountChange, type AccountRecord, AccountsRepository } from './accounts.repository.js';
import type { ClientContext } from '../auth/client-context.js';
import { PasswordCheckService } from './password-check.service.js';
import { hashPassword } from './password.js';

export interface CreateUserCommand {
  email: string;
  displayName: string;
  password: string;
  role: Role;
  /**
   * True when someone else chose the password (an admin, the CLI): the person must change it at first
   * sign-in. False only when the person chose it themselves.
   */
  mustChangePassword: boolean;
}

/** Accounts: creation, roles, disabling, passwords and a person's own data. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountsRepository,
    // Sessions authenticate from a short-lived cache: each change below that ends sessions or changes
    // what a session carries (the role) forgets the account's entries, so it counts on the next request.
    private readonly sessionCache: SessionCache,
    private readonly passwords: PasswordCheckService,
  ) {}

  /** `actorId` is the admin creating the account; null for the CLI and the first-admin set-up. */
  async createUser(input: CreateUserCommand, actorId: string | null = null): Promise<AccountRecord> {
    const check = new InputCheck();
    checkEmail(check, 'email', input.email);
    checkDisplayName(check, 'displayName', input.displayName);
    checkPassword(check, 'password', input.password);
    checkRole(check, 'role', input.role);
    check.done();
    return this.accounts.create({
      email: normalizeEmail(input.email),
      displayName: input.displayName,
      sortKey: germanSortKey(input.displayName),
      role: input.role,
      passwordHash: await hashPassword(input.password),
      mustChangePassword: input.mustChangePassword,
      createdBy: actorId,
    });
  }

  /** Validated like `createUser`; null when an account already exists (the set-up is then closed). */
  async createFirstAdmin(
    input: Omit<CreateUserCommand, 'role' | 'mustChangePassword'>,
  ): Promise<AccountRecord | null> {
    const check = new InputCheck();
    checkEmail(check, 'email', input.email);
    checkDisplayName(check, 'displayName', input.displayName);
    checkPassword(check, 'password', input.password);
    check.done();
    return this.accounts.createIfNoneExists({
      email: normalizeEmail(input.email),
      displayName: input.displayName,
      sortKey: germanSortKey(input.displayName),
      role: 'admin',
      passwordHash: await hashPassword(input.password),
      mustChangePassword: false,
      createdBy: null,
    });
  }

  hasAnyAccount(): Promise<boolean> {
    return this.accounts.count().then((n) => n > 0);
  }

  findById(id: string): Promise<AccountRecord | null> {
    return this.accounts.findById(id);
  }

  async findByEmail(email: string): Promise<AccountRecord> {
    const account = await this.accounts.findByEmail(normalizeEmail(email));
    if (!account) {
      throw refuse('NOT_FOUND', ACCOUNT_REFUSALS.noAccountForEmail(email));
    }
    return account;
  }

  async list(first: number | null | undefined, after: string | null | undefined, withCount: boolean) {
    const limit = pageSize(first);
    const { rows, total } = await this.accounts.list(limit, decodeCursor(after), withCount);
    return toConnection(rows, limit, total, (row) => row.sortKey);
  }

  async setRole(id: string, role: Role, actorId: string | null): Promise<AccountRecord> {
    checkRole(new InputCheck(), 'role', role).done();
    const change = await this.accounts.update(id, { role }, actorId);
    this.sessionCache.forgetUser(id);
    return outcome(change, id);
  }

  async setDisabled(id: string, disabled: boolean, actorId: string | null): Promise<AccountRecord> {
    if (disabled && id === actorId) {
      throw conflict(ACCOUNT_REFUSALS.ownAccount());
    }
    const change = await this.accounts.update(id, { disabled }, actorId);
    this.sessionCache.forgetUser(id);
    return outcome(change, id);
  }

  /** Other sessions are revoked; the one the change was made in stays signed in. */
  async changePassword(
    userId: string,
    sessionId: string | null,
    current: string,
    next: string,
    client: ClientContext,
  ): Promise<void> {
    checkPassword(new InputCheck(), 'next', next).done();
    await this.passwords.confirm(userId, current, 'current', client);
    await this.accounts.changePassword(userId, await hashPassword(next), sessionId);
    this.sessionCache.forgetUser(userId);
  }

  async personalData(userId: string): Promise<Record<string, unknown>> {
    const data = await this.accounts.personalData(userId);
    if (!data) throw notFound(RECORD_LABELS.account, userId);
    return data;
  }

  async deleteOwnAccount(userId: string, password: string, client: ClientContext): Promise<void> {
    await this.passwords.confirm(userId, password, 'password', client);
    const result = await this.accounts.delete(userId);
    this.sessionCache.forgetUser(userId);
    if (result === 'NOT_FOUND') throw notFound(RECORD_LABELS.account, userId);
    // Deleting the only admin would lock everyone out of account management.
    if (result === 'LAST_ADMIN') throw lastAdmin();
  }
}

function outcome(change: AccountChange, id: string): AccountRecord {
  if (change === 'NOT_FOUND') throw notFound(RECORD_LABELS.account, id);
  if (change === 'LAST_ADMIN') throw lastAdmin();
  return change;
}

function lastAdmin(): DomainError {
  return conflict(ACCOUNT_REFUSALS.lastAdmin());
}
