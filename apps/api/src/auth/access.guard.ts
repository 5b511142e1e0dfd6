import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCOUNT_REFUSALS, forbidden, refuse, roleSatisfies, unauthenticated } from '@netzwerkstatt/domain';
import { ACCESS_KEY, Access, BEFORE_PASSWORD_CHANGE_KEY } from './access.decorator.js';
import { requestOf } from './request-user.js';

/**
 * Global guard. Fails closed: an operation that declares no access is refused, and a spec walks the
 * schema to prove every Query and Mutation declares one. An account that must change the password
 * someone else set may call only public operations and those marked `@AllowedBeforePasswordChange()`.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access === undefined) throw forbidden();
    if (access === 'public') return true;
    const user = requestOf(context).user;
    if (!user) throw unauthenticated();
    if (!roleSatisfies(user.role, access)) throw forbidden();
    if (user.mustChangePassword && !this.allowedBeforePasswordChange(context)) {
      throw refuse('FORBIDDEN', ACCOUNT_REFUSALS.passwordChangeRequired());
    }
    return true;
  }

  private allowedBeforePasswordChange(context: ExecutionContext): boolean {
    return (
      this.reflector.getAllAndOverride<boolean | undefined>(BEFORE_PASSWORD_CHANGE_KEY, [
        context.getHandler(),
        context.getClass(),
      ]) === true
    );
  }
}
