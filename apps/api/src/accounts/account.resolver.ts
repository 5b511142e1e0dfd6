import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowedBeforePasswordChange, Public, RequireRole } from '../auth/access.decorator.js';
import { CurrentUser, type GraphQLContext, type RequestUser } from '../auth/request-user.js';
import { clientOf } from '../auth/client-context.js';
import { clearSessionCookie } from '../auth/session-cookie.js';
import { GraphQLJSON } from '../common/scalars/json.scalar.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { AccountsService } from './accounts.service.js';
import { AccountModel } from './models/account.model.js';

/** What a signed-in person does with their own account. */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => AccountModel, { nullable: true, description: 'The signed-in account, or null.' })
  @Public()
  async me(@CurrentUser() user: RequestUser | undefined): Promise<AccountModel | null> {
    return user ? this.accounts.findById(user.id) : null;
  }

  @Mutation(() => Boolean, { description: 'Changes my password; my other sessions and tokens are revoked.' })
  @RequireRole('member')
  @AllowedBeforePasswordChange()
  async changePassword(
    @CurrentUser() user: RequestUser,
    @Args('current') current: string,
    @Args('next') next: string,
    @Context() { req }: GraphQLContext,
  ): Promise<boolean> {
    await this.accounts.changePassword(user.id, user.sessionId, current, next, clientOf(req));
    return true;
  }

  @Query(() => GraphQLJSON, {
    description: 'Everything stored about me: account (without password hash), sessions, and my changes.',
  })
  @RequireRole('member')
  myData(@CurrentUser() user: RequestUser): Promise<Record<string, unknown>> {
    return this.accounts.personalData(user.id);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes my account and sessions; my recorded changes stay and show as by a former member.',
  })
  @RequireRole('member')
  async deleteMyAccount(
    @CurrentUser() user: RequestUser,
    @Args('password') password: string,
    @Context() { req, res }: GraphQLContext,
  ): Promise<boolean> {
    await this.accounts.deleteOwnAccount(user.id, password, clientOf(req));
    clearSessionCookie(res, this.config);
    return true;
  }
}
