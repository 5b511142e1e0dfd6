import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '@netzwerkstatt/domain';
import type { Request, Response } from 'express';

/** The signed-in account as the auth middleware puts it on the request. */
export interface RequestUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** Someone else set the password: the AccessGuard allows only what changing it needs. */
  mustChangePassword: boolean;
  /** Id of the server-side session, when signed in by cookie or bearer token. */
  sessionId: string;
}

export interface AppRequest extends Request {
  user?: RequestUser;
}

export interface GraphQLContext {
  req: AppRequest;
  res: Response;
}

export function requestOf(context: ExecutionContext): AppRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().req;
  }
  return context.switchToHttp().getRequest<AppRequest>();
}

/** Injects the signed-in account (undefined on public operations without a session). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => requestOf(context).user,
);
