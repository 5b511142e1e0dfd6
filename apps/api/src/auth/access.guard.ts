import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, roleSatisfies, unauthenticated } from '@netzwerkstatt/domain';
import { ACCESS_KEY, Access } from './access.decorator.js';
import { requestOf } from './request-user.js';

/**
 * Global guard. Fails closed: an operation that declares no access is refused, and a spec walks the
 * schema to prove every Query and Mutation declares one.
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
    return true;
  }
}
