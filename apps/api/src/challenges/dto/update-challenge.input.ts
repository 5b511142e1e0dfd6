import { Field, ID, InputType } from '@nestjs/graphql';
import type { ChallengePriority, ChallengeStatus } from '../challenge.types.js';
import { ChallengePriorityEnum, ChallengeStatusEnum } from '../models/challenge.model.js';

@InputType({
  description:
    'A partial update: a field left out (or null) stays as it is, except description, which null clears.',
})
export class UpdateChallengeInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  actionFieldId?: string | null;

  @Field(() => ChallengeStatusEnum, { nullable: true, description: 'Steering group only' })
  status?: ChallengeStatus | null;

  @Field(() => ChallengePriorityEnum, { nullable: true, description: 'Steering group only' })
  priority?: ChallengePriority | null;
}
