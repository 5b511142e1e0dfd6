import { Field, ID, InputType } from '@nestjs/graphql';
import type { ChallengePriority, ChallengeStatus } from '../challenge.types.js';
import { CLIENT_ID } from '../../store/write/write-args.js';
import { ChallengePriorityEnum, ChallengeStatusEnum } from '../models/challenge.model.js';

@InputType({ description: 'A new challenge in one action field. Status and priority: steering group only.' })
export class CreateChallengeInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  id?: string | null;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID)
  actionFieldId: string;

  @Field(() => ChallengeStatusEnum, { nullable: true, description: 'Default open; steering group only' })
  status?: ChallengeStatus | null;

  @Field(() => ChallengePriorityEnum, { nullable: true, description: 'Default medium; steering group only' })
  priority?: ChallengePriority | null;
}
