import { Algorithm, hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

/**
 * Argon2id with the library's defaults (19 MiB, 2 passes, 1 lane), which meet OWASP's minimum for
 * Argon2id. The PHC string carries its own parameters, so stronger settings later still verify old hashes.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: Algorithm.Argon2id });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must read as a wrong password, never as a server error.
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * Spends the same work as a real check when no account matches the e-mail address, so the response
 * time does not tell whether an address has an account.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  await verifyPassword(await decoyHash, password);
  return false;
}

/** A password for accounts created without one (CLI): 20 characters from a URL-safe alphabet, 120 bits. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
