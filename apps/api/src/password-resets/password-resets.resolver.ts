import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccountModel } from '../accounts/models/account.model.js';
import { Public, RequireRole } from '../auth/access.decorator.js';
import { CurrentUser, type GraphQLContext, type RequestUser } from '../auth/request-user.js';
import { deviceFor, setDeviceCookie, setSessionCookie } from '../auth/session-cookie.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { LinkDeliveryModel } from '../mail/link-delivery.model.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { PasswordResetPreviewModel } from './models/password-reset.model.js';
import { PasswordResetsService } from './password-resets.service.js';

@Resolver()
export class PasswordResetsResolver {
  constructor(
    private readonly resets: PasswordResetsService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => LinkDeliveryModel, {
    description:
      'A one-time link (valid RESET_LINK_TTL_HOURS) for the account to set a new password; e-mailed when SMTP is configured, else returned. Replaces an earlier link.',
  })
  @RequireRole('admin')
  issuePasswordReset(
    @CurrentUser() admin: RequestUser,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<LinkDeliveryModel> {
    return this.resets.issue(userId, admin.id);
  }

  @Query(() => PasswordResetPreviewModel, {
    description: 'The account a reset link is for (LINK_INVALID otherwise).',
  })
  @Public()
  passwordResetPreview(@Args('token') token: string): Promise<PasswordResetPreviewModel> {
    return this.resets.preview(token);
  }

  @Mutation(() => AccountModel, {
    description: 'Sets a new password with a reset link; all sessions end and this browser is signed in.',
  })
  @Public()
  async resetPassword(
    @Args('token') token: string,
    @Args('password') password: string,
    @Context() { req, res }: GraphQLContext,
  ): Promise<AccountModel> {
    const account = await this.resets.complete(token, password);
    const device = deviceFor(req);
    const session = await this.sessions.create(account.id, { kind: 'cookie', device });
    setSessionCookie(res, this.config, session);
    setDeviceCookie(res, this.config, device);
    return account;
  }
}
