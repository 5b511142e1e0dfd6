import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ActionFieldModel } from '../../reference/models/action-field.model.js';

@ObjectType('ActionFieldCounts', { description: 'How much of the challenge graph lies in one action field.' })
export class ActionFieldCountsModel {
  @Field(() => ActionFieldModel)
  actionField: ActionFieldModel;

  @Field(() => Int, { description: 'Challenges in this field' })
  challengeCount: number;

  @Field(() => Int, {
    description: 'Solution approaches addressing at least one challenge in this field, each counted once',
  })
  solutionApproachCount: number;
}
