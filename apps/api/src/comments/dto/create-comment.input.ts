import { Field, ID, InputType } from '@nestjs/graphql';
import { CLIENT_ID } from '../../store/write/write-args.js';

@InputType({ description: 'A new comment on a guideline, or a reply to a thread.' })
export class CreateCommentInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  id?: string | null;

  @Field(() => ID)
  guidelineId: string;

  @Field({ description: 'The text; `@Name` mentions go in `mentionedUserIds`' })
  body: string;

  @Field(() => String, {
    nullable: true,
    description: 'Base64 of the start and end Yjs relative positions (Y.encodeRelativePosition) of the range',
  })
  anchor?: string | null;

  @Field(() => String, { nullable: true, description: 'The text the range held when the comment was made' })
  quote?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The thread it answers (a reply to a reply joins its thread)',
  })
  replyToId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Accounts picked from accountsForMention; each is notified',
  })
  mentionedUserIds?: string[] | null;
}
