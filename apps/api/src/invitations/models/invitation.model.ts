import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@netzwerkstatt/domain';
import { RoleEnum } from '../../accounts/models/role.enum.js';
import { LinkDeliveryModel } from '../../mail/link-delivery.model.js';

@ObjectType('Invitation', {
  description: 'A pending invitation (expired ones too, until sent again or revoked).',
})
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Lower-cased' })
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field({ description: 'ISO 8601 timestamp' })
  createdAt: string;

  @Field({ description: 'ISO 8601 timestamp; the link stops working then' })
  expiresAt: string;

  @Field(() => String, { nullable: true, description: 'Display name of the admin who invited' })
  invitedBy: string | null;
}

@ObjectType('InvitationIssued')
export class InvitationIssuedModel {
  @Field(() => InvitationModel)
  invitation: InvitationModel;

  @Field(() => LinkDeliveryModel)
  delivery: LinkDeliveryModel;
}

@ObjectType('InvitationPreview', { description: 'What the invitation page shows before the account exists.' })
export class InvitationPreviewModel {
  @Field()
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field()
  expiresAt: string;
}
