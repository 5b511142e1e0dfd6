import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AuditedModel } from '../../store/audited.model.js';

@ObjectType('Comment', { description: 'A comment on a guideline, or a reply in its thread.' })
export class CommentModel extends AuditedModel {
  @Field()
  body: string;

  @Field(() => String, {
    nullable: true,
    description: 'Base64 of the start and end Yjs relative positions of the commented range',
  })
  anchor: string | null;

  @Field(() => String, { nullable: true, description: 'The text the range held when the comment was made' })
  quote: string | null;

  @Field()
  resolved: boolean;

  @Field(() => String, { nullable: true, description: 'ISO 8601 timestamp' })
  resolvedAt: string | null;

  @Field(() => String, { nullable: true, description: 'Who resolved the thread' })
  resolvedByName: string | null;

  @Field(() => String, { nullable: true, description: "The author's display name" })
  authorName: string | null;

  @Field(() => ID, { nullable: true })
  guidelineId: string | null;

  @Field(() => ID, { nullable: true, description: 'The thread it answers; null for a thread' })
  replyToId: string | null;
}

@ObjectType('CommentThread', { description: 'An anchored comment with its replies, oldest first.' })
export class CommentThreadModel extends CommentModel {
  @Field(() => [CommentModel])
  replies: CommentModel[];
}

@ObjectType('MentionableAccount', { description: 'An active account that can be mentioned.' })
export class MentionableAccountModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}
