import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { TitleOrderInput } from '../../store/paging/title-order.js';
import type { GuidelineStatus } from '../guideline.types.js';
import { GuidelineStatusEnum } from '../models/guideline.model.js';

@InputType({ description: 'Every given criterion must hold; within a list any one value suffices.' })
export class GuidelineFilterInput {
  @Field(() => [ID], { nullable: true })
  actionFieldIds?: string[] | null;

  @Field(() => [GuidelineStatusEnum], { nullable: true })
  status?: GuidelineStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Words in the title; the last may be cut short' })
  text?: string | null;
}

@ArgsType()
export class ListGuidelinesArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20)' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => GuidelineFilterInput, { nullable: true })
  filter?: GuidelineFilterInput | null;

  @Field(() => TitleOrderInput, { nullable: true })
  orderBy?: TitleOrderInput | null;
}
