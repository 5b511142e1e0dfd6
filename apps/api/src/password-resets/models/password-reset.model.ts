import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('PasswordResetPreview', {
  description: 'What the reset page shows before the new password is set.',
})
export class PasswordResetPreviewModel {
  @Field()
  email: string;

  @Field()
  expiresAt: string;
}
