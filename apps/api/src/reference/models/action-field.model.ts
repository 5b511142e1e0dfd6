import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActorCategoryModel } from './actor-category.model.js';

@ObjectType('ActionField', {
  description:
    'Handlungsfeld: one of the nine steps along the process chain of integration (agreement, annex).',
})
export class ActionFieldModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable key, e.g. "anerkennung"' })
  key: string;

  @Field(() => Int, { description: 'Position 1–9 along the process chain' })
  position: number;

  @Field({ description: 'German name' })
  name: string;

  @Field({ description: 'English name' })
  nameEn: string;

  @Field({ description: "The annex row exactly as printed in the agreement (the categories' source)." })
  asWritten: string;

  @Field(() => [ActorCategoryModel], {
    description: 'Actor categories the annex places here, in printed order',
  })
  categories: ActorCategoryModel[];

  @Field(() => ActionFieldModel, { nullable: true, description: 'The next step of the process chain' })
  next: ActionFieldModel | null;

  @Field(() => ActionFieldModel, { nullable: true, description: 'The previous step of the process chain' })
  previous: ActionFieldModel | null;
}
