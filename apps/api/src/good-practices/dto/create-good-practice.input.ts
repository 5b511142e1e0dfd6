import { CLIENT_ID } from '../../store/write/write-args.js';
import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({
  description:
    'A new good practice, optionally linked at once to the approaches it evidences and who practises it.',
})
export class CreateGoodPracticeInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  id?: string | null;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) address' })
  url?: string | null;

  @Field(() => Int, { nullable: true, description: 'From 1950 to next year' })
  year?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Solution approaches it evidences' })
  solutionApproachIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Actors practising it' })
  practisedByIds?: string[] | null;
}
