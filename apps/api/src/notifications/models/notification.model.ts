import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { NOTIFICATION_KINDS, type NotificationKind } from '../notification.concept.js';

export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as {
  [K in NotificationKind]: K;
};
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description:
    "comment_mention: someone mentioned you in a comment; mandate_confirmation_due: a steering group mandate's confirmation falls due within 90 days",
});

@ObjectType('MandateNotice', { description: 'The mandate a notification is about.' })
export class MandateNoticeModel {
  @Field({ description: 'YYYY-MM-DD, exclusive: the first day the seat is no longer held' })
  endDate: string;

  @Field(() => String, { nullable: true })
  personName: string | null;

  @Field(() => String, { nullable: true })
  actorName: string | null;
}

@ObjectType('Notification', { description: 'Something that happened for the signed-in person.' })
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field()
  read: boolean;

  @Field({ description: 'ISO 8601 timestamp' })
  at: string;

  @Field(() => ID, { nullable: true })
  guidelineId: string | null;

  @Field(() => String, { nullable: true, description: "The guideline's title, null once it is gone" })
  guidelineTitle: string | null;

  @Field(() => ID, { nullable: true })
  commentId: string | null;

  @Field(() => String, { nullable: true, description: 'Who caused it' })
  actorName: string | null;

  @Field(() => ID, { nullable: true, description: 'The mandate whose confirmation falls due' })
  mandateId: string | null;

  @Field(() => MandateNoticeModel, { nullable: true, description: 'That mandate, null once it is gone' })
  mandate: MandateNoticeModel | null;
}

export const NotificationConnection = ConnectionType(NotificationModel, 'Notification');
