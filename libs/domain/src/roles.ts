/** Account roles. Each role includes what `member` may do; admin manages accounts. */
export const ROLES = ['member', 'analyst', 'steering', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Whether an account with `role` may use something that requires `required`.
 * member < analyst, steering; admin may do everything.
 */
export function roleSatisfies(role: Role, required: Role): boolean {
  if (role === 'admin' || required === 'member') return true;
  return role === required;
}
