import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError, ErrorCode } from '@netzwerkstatt/domain';
import type { Response } from 'express';

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * Domain errors are expected answers (wrong password, unknown id), not faults. In GraphQL they go to
 * Apollo unchanged, where format-error.ts shapes them, instead of Nest logging each with a stack
 * trace; on plain HTTP routes they become a JSON answer with the matching status.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType<string>() !== 'http') return error;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HTTP_STATUS[error.code])
      .json({ code: error.code, reason: error.reason, messages: error.localized });
  }
}
