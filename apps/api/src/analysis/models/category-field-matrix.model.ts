import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionFieldModel } from '../../reference/models/action-field.model.js';
import { ActorCategoryModel } from '../../reference/models/actor-category.model.js';

@ObjectType('CategoryFieldCell', { description: 'One actor category in one action field.' })
export class CategoryFieldCellModel {
  @Field(() => ID)
  categoryId: string;

  @Field(() => ID)
  actionFieldId: string;

  @Field({ description: "Whether the agreement's annex places the category in this field" })
  placed: boolean;

  @Field(() => Int, {
    nullable: true,
    description: "Position in the annex's printed list of the field (0-based), if placed",
  })
  placementOrder: number | null;

  @Field(() => Int, { description: 'Actors in this category that work in this field' })
  actorCount: number;
}

@ObjectType('CategoryFieldMatrix', {
  description:
    'Every actor category × action field: where the annex places categories and where actors actually work. ' +
    'Rows follow `categories`, columns `actionFields`; `cells` holds every pair.',
})
export class CategoryFieldMatrixModel {
  @Field(() => [ActionFieldModel], { description: 'Along the process chain' })
  actionFields: ActionFieldModel[];

  @Field(() => [ActorCategoryModel], { description: 'In German name order' })
  categories: ActorCategoryModel[];

  @Field(() => [CategoryFieldCellModel])
  cells: CategoryFieldCellModel[];
}
