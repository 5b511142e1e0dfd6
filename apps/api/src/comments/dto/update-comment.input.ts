import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'New text for one of your comments.' })
export class UpdateCommentInput {
  @Field()
  body: string;

  @Field(() => [ID], { nullable: true, description: 'Accounts newly mentioned; each is notified' })
  mentionedUserIds?: string[] | null;
}
