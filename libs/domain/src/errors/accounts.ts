import { ROLES } from '../roles.js';
import { type Refusal, refusal } from './domain-error.js';
import { REASONS } from './reasons.js';

/** Why accounts, sign-in and the first-admin set-up refuse, besides the common reasons (REASONS). */
export const ACCOUNT_REASONS = {
  PASSWORD_LENGTH: 'PASSWORD_LENGTH',
  INVALID_ROLE: 'INVALID_ROLE',
  WRONG_PASSWORD: 'WRONG_PASSWORD',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  OWN_ACCOUNT: 'OWN_ACCOUNT',
  LAST_ADMIN: 'LAST_ADMIN',
  SETUP_TOKEN_INVALID: 'SETUP_TOKEN_INVALID',
  SETUP_DONE: 'SETUP_DONE',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  ACCOUNT_DISABLED: 'ACCOUNT_DISABLED',
  LINK_INVALID: 'LINK_INVALID',
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  NOT_FOUND: REASONS.NOT_FOUND,
} as const;

const list = (words: readonly string[], and: string) =>
  `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;

/** Their messages. */
export const ACCOUNT_REFUSALS = {
  passwordLength: (min: number, max: number): Refusal =>
    refusal(
      ACCOUNT_REASONS.PASSWORD_LENGTH,
      `Das Passwort muss zwischen ${min} und ${max} Zeichen lang sein.`,
      `The password must be between ${min} and ${max} characters long.`,
    ),
  invalidRole: (): Refusal =>
    refusal(
      ACCOUNT_REASONS.INVALID_ROLE,
      `Die Rolle muss ${list(ROLES, 'oder')} sein.`,
      `The role must be ${list(ROLES, 'or')}.`,
    ),
  wrongPassword: (): Refusal =>
    refusal(
      ACCOUNT_REASONS.WRONG_PASSWORD,
      'Das Passwort ist nicht richtig.',
      'The password is not correct.',
    ),
  emailTaken: (): Refusal =>
    refusal(
      ACCOUNT_REASONS.EMAIL_TAKEN,
      'Für diese E-Mail-Adresse gibt es bereits ein Konto.',
      'An account with this e-mail address already exists.',
    ),
  ownAccount: (): Refusal =>
    refusal(
      ACCOUNT_REASONS.OWN_ACCOUNT,
      'Sie können Ihr eigenes Konto nicht deaktivieren.',
      'You cannot disable your own account.',
    ),
  lastAdmin: (): Refusal =>
    refusal(
      ACCOUNT_REASONS.LAST_ADMIN,
      'Das ist das letzte aktive Administrationskonto. Ernennen Sie zuerst eine weitere Person zur Administration.',
      'This is the last active admin account. Make someone else an admin first.',
    ),
  setupTokenInvalid: (): Refusal =>
    refusal(
      ACCOUNT_REASONS.SETUP_TOKEN_INVALID,
      'Der Einrichtungslink ist ungültig oder wurde schon verwendet.',
      'The set-up link is invalid or has already been used.',
    ),
  setupDone: (): Refusal =>
    refusal(
      ACCOUNT_REASONS.SETUP_DONE,
      'Es gibt bereits ein Konto; die Ersteinrichtung ist abgeschlossen.',
      'An account already exists; the first-time set-up is complete.',
    ),
  /**
   * One message for an unknown address, a wrong password and a disabled account (whatever the password),
   * so nobody can probe which addresses exist, which accounts are disabled or whether a password was right.
   */
  invalidCredentials: (): Refusal =>
    refusal(
      ACCOUNT_REASONS.INVALID_CREDENTIALS,
      'E-Mail-Adresse oder Passwort ist nicht richtig – oder das Konto ist deaktiviert.',
      'The e-mail address or the password is not correct, or the account is disabled.',
    ),
  tooManyAttempts: (minutes: number): Refusal =>
    refusal(
      ACCOUNT_REASONS.TOO_MANY_ATTEMPTS,
      `Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'} erneut.`,
      `Too many failed sign-in attempts. Please try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    ),
  /** Changing the password or deleting the account after too many wrong current passwords. */
  tooManyPasswordChecks: (minutes: number): Refusal =>
    refusal(
      ACCOUNT_REASONS.TOO_MANY_ATTEMPTS,
      `Zu viele falsche Passworteingaben. Bitte versuchen Sie es in ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'} erneut.`,
      `Too many wrong passwords. Please try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    ),
  /** An admin issuing a reset link for a disabled account (sign-in never says an account is disabled). */
  accountDisabled: (): Refusal =>
    refusal(
      ACCOUNT_REASONS.ACCOUNT_DISABLED,
      'Das Konto ist deaktiviert. Aktivieren Sie es zuerst.',
      'The account is disabled. Enable it first.',
    ),
  /** One message for an unknown, expired, used or revoked invitation or reset link. */
  linkInvalid: (): Refusal =>
    refusal(
      ACCOUNT_REASONS.LINK_INVALID,
      'Der Link ist ungültig, abgelaufen oder wurde schon verwendet. Bitten Sie die Administration um einen neuen.',
      'The link is invalid, has expired or has already been used. Please ask the administration for a new one.',
    ),
  passwordChangeRequired: (): Refusal =>
    refusal(
      ACCOUNT_REASONS.PASSWORD_CHANGE_REQUIRED,
      'Ihr Passwort wurde von einer anderen Person festgelegt. Bitte ändern Sie es zuerst.',
      'Your password was set by someone else. Please change it first.',
    ),
  /** Only the CLI looks accounts up by address. */
  noAccountForEmail: (email: string): Refusal =>
    refusal(
      ACCOUNT_REASONS.NOT_FOUND,
      `Es gibt kein Konto mit der E-Mail-Adresse „${email}“.`,
      `There is no account with the e-mail address "${email}".`,
    ),
};
