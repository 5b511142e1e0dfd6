import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AccountModel } from '../accounts/models/account.model.js';
import { Public } from '../auth/access.decorator.js';
import { CurrentUser, type GraphQLContext, type RequestUser } from '../auth/request-user.js';
import { clientOf } from '../auth/client-context.js';
import { clearSessionCookie, deviceFor, setDeviceCookie, setSessionCookie } from '../auth/session-cookie.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { SignInService } from './sign-in.service.js';

@Resolver()
export class SignInResolver {
  constructor(
    private readonly signIns: SignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => AccountModel, {
    description: 'Signs in with e-mail and password and sets the session cookie.',
  })
  @Public()
  async signIn(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() { req, res }: GraphQLContext,
  ): Promise<AccountModel> {
    const device = deviceFor(req);
    const { account, session } = await this.signIns.signIn(email, password, clientOf(req), device);
    setSessionCookie(res, this.config, session);
    setDeviceCookie(res, this.config, device);
    return account;
  }

  @Mutation(() => Boolean, {
    description: 'Revokes the current session (cookie or token) and clears the cookie.',
  })
  @Public()
  async signOut(
    @CurrentUser() user: RequestUser | undefined,
    @Context() { res }: GraphQLContext,
  ): Promise<boolean> {
    await this.signIns.signOut(user);
    clearSessionCookie(res, this.config);
    return true;
  }

  @Mutation(() => AccountModel, {
    description:
      'Creates the first admin with the one-time link printed at start (only while no account exists).',
  })
  @Public()
  async setupFirstAdmin(
    @Args('token') token: string,
    @Args('email') email: string,
    @Args('displayName') displayName: string,
    @Args('password') password: string,
    @Context() { req, res }: GraphQLContext,
  ): Promise<AccountModel> {
    const device = deviceFor(req);
    const { account, session } = await this.signIns.setupFirstAdmin(
      token,
      { email, displayName, password },
      device,
    );
    setSessionCookie(res, this.config, session);
    setDeviceCookie(res, this.config, device);
    return account;
  }
}
