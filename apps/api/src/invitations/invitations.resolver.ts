import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Role } from '@netzwerkstatt/domain';
import { AccountModel } from '../accounts/models/account.model.js';
import { RoleEnum } from '../accounts/models/role.enum.js';
import { Public, RequireRole } from '../auth/access.decorator.js';
import { CurrentUser, type GraphQLContext, type RequestUser } from '../auth/request-user.js';
import { deviceFor, setDeviceCookie, setSessionCookie } from '../auth/session-cookie.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { InvitationsService } from './invitations.service.js';
import { InvitationIssuedModel, InvitationModel, InvitationPreviewModel } from './models/invitation.model.js';

@Resolver()
export class InvitationsResolver {
  constructor(
    private readonly service: InvitationsService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [InvitationModel], { description: 'Pending invitations, newest first.' })
  @RequireRole('admin')
  invitations(): Promise<InvitationModel[]> {
    return this.service.list();
  }

  @Mutation(() => InvitationIssuedModel, {
    description:
      'Invites an e-mail address with a role: a one-time link, valid INVITATION_TTL_DAYS, e-mailed when SMTP is configured (else returned). Replaces a pending invitation of the same address.',
  })
  @RequireRole('admin')
  inviteUser(
    @CurrentUser() admin: RequestUser,
    @Args('email') email: string,
    @Args('role', { type: () => RoleEnum }) role: Role,
  ): Promise<InvitationIssuedModel> {
    return this.service.invite(email, role, admin);
  }

  @Mutation(() => InvitationIssuedModel, {
    description: 'A new link and expiry; the earlier link stops working.',
  })
  @RequireRole('admin')
  resendInvitation(
    @CurrentUser() admin: RequestUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InvitationIssuedModel> {
    return this.service.resend(id, admin);
  }

  @Mutation(() => Boolean, { description: 'Withdraws a pending invitation; its link stops working.' })
  @RequireRole('admin')
  async revokeInvitation(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.service.revoke(id);
    return true;
  }

  @Query(() => InvitationPreviewModel, {
    description: 'The invitation a link belongs to (LINK_INVALID otherwise).',
  })
  @Public()
  invitationPreview(@Args('token') token: string): Promise<InvitationPreviewModel> {
    return this.service.preview(token);
  }

  @Mutation(() => AccountModel, {
    description: 'Creates the invited account with the person’s own name and password and signs them in.',
  })
  @Public()
  async acceptInvitation(
    @Args('token') token: string,
    @Args('displayName') displayName: string,
    @Args('password') password: string,
    @Context() { req, res }: GraphQLContext,
  ): Promise<AccountModel> {
    const account = await this.service.accept(token, displayName, password);
    const device = deviceFor(req);
    const session = await this.sessions.create(account.id, { kind: 'cookie', device });
    setSessionCookie(res, this.config, session);
    setDeviceCookie(res, this.config, device);
    return account;
  }
}
