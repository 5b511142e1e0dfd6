import { Field, ID, ObjectType } from '@nestjs/graphql';
// The two types refer to each other; the lazy type functions only run once both modules have loaded.
import { ActionFieldModel } from './action-field.model.js';

@ObjectType('ActorCategory', {
  description: "Akteurskategorie from the agreement's annex (Verortung der Partner/Akteure).",
})
export class ActorCategoryModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable key, e.g. "welcomecenter-fif"' })
  key: string;

  @Field()
  name: string;

  @Field({ description: 'English name (the German one where none is stored)' })
  nameEn: string;

  @Field(() => [ActionFieldModel], {
    description: 'Action fields the annex places this category in, by position',
  })
  fields: ActionFieldModel[];
}
