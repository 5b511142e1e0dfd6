import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { CreatedApiTokenModel, SessionModel } from './models/session.model.js';
import { SessionsService } from './sessions.service.js';

@Resolver()
export class SessionsResolver {
  constructor(private readonly sessions: SessionsService) {}

  @Query(() => [SessionModel], { description: 'My valid sign-ins and API tokens, newest first.' })
  @RequireRole('member')
  mySessions(@CurrentUser() user: RequestUser): Promise<SessionModel[]> {
    return this.sessions.listActive(user.id, user.sessionId);
  }

  @Mutation(() => CreatedApiTokenModel, {
    description: 'Creates a named API token for me; the token is shown once.',
  })
  @RequireRole('member')
  createApiToken(
    @CurrentUser() user: RequestUser,
    @Args('name') name: string,
  ): Promise<CreatedApiTokenModel> {
    return this.sessions.createApiToken(user.id, name);
  }

  @Mutation(() => Boolean, { description: 'Revokes one of my sessions or API tokens.' })
  @RequireRole('member')
  async revokeSession(
    @CurrentUser() user: RequestUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.sessions.revoke(user.id, id);
    return true;
  }
}
