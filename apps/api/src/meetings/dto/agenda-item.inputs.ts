import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CLIENT_ID } from '../../store/write/write-args.js';

@InputType({ description: 'A new agenda item on a meeting (steering group and admins only).' })
export class CreateAgendaItemInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  id?: string | null;

  @Field(() => ID)
  meetingId: string;

  @Field()
  title: string;

  @Field(() => Int, { nullable: true, description: 'Default: after the last item' })
  position?: number | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => [ID], { nullable: true })
  challengeIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  solutionIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  guidelineIds?: string[] | null;
}

@InputType({ description: 'A partial update of an agenda item; a list given replaces the stored one.' })
export class UpdateAgendaItemInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => String, { nullable: true, description: 'What the meeting decided on it' })
  decision?: string | null;

  @Field(() => [ID], { nullable: true })
  challengeIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  solutionIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  guidelineIds?: string[] | null;
}
