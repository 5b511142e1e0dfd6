import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('LinkDelivery', {
  description:
    'How a one-time link reached the person: by e-mail (link null), or not (no SMTP server configured, or sending failed): then the link is for the admin to pass on.',
})
export class LinkDeliveryModel {
  @Field()
  mailed: boolean;

  @Field(() => String, { nullable: true })
  link: string | null;

  @Field({ description: 'ISO 8601 timestamp; the link stops working then' })
  expiresAt: string;
}
