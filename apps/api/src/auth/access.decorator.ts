import { SetMetadata } from '@nestjs/common';
import { Role } from '@netzwerkstatt/domain';

export const ACCESS_KEY = 'netzwerkstatt:access';
/** Who may call a query, mutation or route: anyone (`public`) or a signed-in account with a role. */
export type Access = 'public' | Role;

/** Callable without signing in (sign-in itself, first-admin set-up, health). */
export const Public = () => SetMetadata(ACCESS_KEY, 'public' satisfies Access);

/** Requires a signed-in account whose role satisfies `role` (member < analyst, steering < admin). */
export const RequireRole = (role: Role) => SetMetadata(ACCESS_KEY, role satisfies Access);

export const BEFORE_PASSWORD_CHANGE_KEY = 'netzwerkstatt:beforePasswordChange';

/**
 * Allowed to an account that must still change the password someone else set (changing it). Public
 * operations (me, signOut) are allowed anyway; everything else answers PASSWORD_CHANGE_REQUIRED.
 */
export const AllowedBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE_KEY, true);
