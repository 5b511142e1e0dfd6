import { Injectable } from '@nestjs/common';
import {
  ACCOUNT_REFUSALS,
  type DomainError,
  InputCheck,
  RECORD_LABELS,
  type Role,
  badField,
  conflict,
  germanSortKey,
  notFound,
  refuse,
} from '@netzwerkstatt/domain';
import { decodeCursor, pageSize, toConnection } from '../common/pagination/cursor.js';
import { SessionCache } from '../sessions/session-cache.js';
import { checkDisplayName, checkEmail, checkPassword, checkRole, normalizeEmail } from './account-input.js';
import { type AccountChange, type AccountRecord, AccountsRepository } from './accounts.repository.js';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './password.js';

export interface CreateUserCommand {
  email: string;
  displayName: string;
  password: string;
  role: Role;
}

/** Accounts: creation, roles, disabling, passwords and a person's own data. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountsRepository,
    // Sessions authenticate from a short-lived cache: each change below that ends sessions or changes
    // what a session carries (the role) forgets the account's entries, so it counts on the next request.
    private readonly sessionCache: SessionCache,
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
      createdBy: actorId,
    });
  }

  /** Validated like `createUser`; null when an account already exists (the set-up is then closed). */
  async createFirstAdmin(input: Omit<CreateUserCommand, 'role'>): Promise<AccountRecord | null> {
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

  /**
   * The account when e-mail and password match, otherwise null. A missing account costs the same hashing
   * time as a wrong password, so neither answer nor timing tells whether the address is registered.
   */
  async verifyCredentials(email: unknown, password: unknown): Promise<AccountRecord | null> {
    if (typeof email !== 'string' || typeof password !== 'string') return null;
    const account = await this.accounts.credentialsByEmail(normalizeEmail(email));
    if (!account) return verifyAgainstDecoy(password).then(() => null);
    if (!(await verifyPassword(account.passwordHash, password))) return null;
    const { passwordHash: _hash, ...rest } = account;
    return rest;
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
  ): Promise<void> {
    checkPassword(new InputCheck(), 'next', next).done();
    await this.requirePassword(userId, current, 'current');
    await this.accounts.changePassword(userId, await hashPassword(next), sessionId);
    this.sessionCache.forgetUser(userId);
  }

  async personalData(userId: string): Promise<Record<string, unknown>> {
    const data = await this.accounts.personalData(userId);
    if (!data) throw notFound(RECORD_LABELS.account, userId);
    return data;
  }

  async deleteOwnAccount(userId: string, password: string): Promise<void> {
    await this.requirePassword(userId, password, 'password');
    const result = await this.accounts.delete(userId);
    this.sessionCache.forgetUser(userId);
    if (result === 'NOT_FOUND') throw notFound(RECORD_LABELS.account, userId);
    // Deleting the only admin would lock everyone out of account management.
    if (result === 'LAST_ADMIN') throw lastAdmin();
  }

  private async requirePassword(userId: string, password: unknown, field: string): Promise<AccountRecord> {
    const account = await this.accounts.credentialsById(userId);
    if (!account) throw notFound(RECORD_LABELS.account, userId);
    if (typeof password !== 'string' || !(await verifyPassword(account.passwordHash, password))) {
      throw badField(field, ACCOUNT_REFUSALS.wrongPassword());
    }
    return account;
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
