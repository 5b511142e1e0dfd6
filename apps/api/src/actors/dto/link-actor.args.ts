import { ArgsType, Field, ID, registerEnumType } from '@nestjs/graphql';
import type { ActorRelation } from '../actor.types.js';

export const ActorRelationEnum = {
  IN_CATEGORY: 'IN_CATEGORY',
  WORKS_IN: 'WORKS_IN',
  ACTIVE_IN: 'ACTIVE_IN',
} as const satisfies {
  [R in ActorRelation]: R;
};
registerEnumType(ActorRelationEnum, {
  name: 'ActorRelation',
  description: 'IN_CATEGORY → ActorCategory, WORKS_IN → ActionField, ACTIVE_IN → Region',
});

@ArgsType()
export class LinkActorArgs {
  @Field(() => ID)
  actorId: string;

  @Field(() => ID, { description: 'Id of the category, action field or region' })
  targetId: string;

  @Field(() => ActorRelationEnum)
  relation: ActorRelation;
}
