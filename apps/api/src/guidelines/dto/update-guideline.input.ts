import { Field, ID, InputType } from '@nestjs/graphql';
import type { GuidelineStatus } from '../guideline.types.js';
import { GuidelineStatusEnum } from '../models/guideline.model.js';

@InputType({
  description:
    'A partial update: a field left out stays as it is; null clears version and action field (a null title or ' +
    'status is ignored). Status: steering group only, one step at a time (draft ↔ review ↔ published).',
})
export class UpdateGuidelineInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  version?: string | null;

  @Field(() => ID, { nullable: true })
  actionFieldId?: string | null;

  @Field(() => GuidelineStatusEnum, { nullable: true })
  status?: GuidelineStatus | null;
}
