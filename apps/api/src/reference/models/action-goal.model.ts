import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ActionGoal', { description: "Handlungsziel: one of the agreement's six goals (III.(1)–(6))." })
export class ActionGoalModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field()
  text: string;
}
