import { CLIENT_ID } from '../../store/write/write-args.js';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { SolutionStatusEnum } from '../models/solution-approach.model.js';
import type { SolutionStatus } from '../solution.types.js';

@InputType({
  description:
    'A new solution approach, optionally linked at once to the challenges it addresses and the actors carrying it.',
})
export class CreateSolutionApproachInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  id?: string | null;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => SolutionStatusEnum, { nullable: true, description: 'Default proposed' })
  status?: SolutionStatus | null;

  @Field(() => Int, { nullable: true, description: 'Progress in whole percent, 0–100 (default 0)' })
  progress?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Challenges it addresses' })
  challengeIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Actors carrying it' })
  carrierIds?: string[] | null;
}
