import { ObjectType, Field } from '@nestjs/graphql';
import { ActionFieldModel } from '../../reference/models/action-field.model.js';
import { ActorCategoryModel } from '../../reference/models/actor-category.model.js';

@ObjectType('CategoryFieldGap', {
  description: 'The annex places this actor category in this action field, but no actor of it works there.',
})
export class CategoryFieldGapModel {
  @Field(() => ActorCategoryModel)
  category: ActorCategoryModel;

  @Field(() => ActionFieldModel)
  actionField: ActionFieldModel;
}
