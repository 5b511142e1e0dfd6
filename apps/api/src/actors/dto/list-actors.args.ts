import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { SortDirection } from '../../common/pagination/sort-direction.js';
import type { ActorOrderField } from '../actor.types.js';

export const ActorOrderFieldEnum = {
  NAME: 'NAME',
  CREATED_AT: 'CREATED_AT',
  UPDATED_AT: 'UPDATED_AT',
} as const satisfies {
  [F in ActorOrderField]: F;
};
registerEnumType(ActorOrderFieldEnum, {
  name: 'ActorOrderField',
  description: 'NAME sorts in German order (Ä with A, ß as ss, case ignored)',
});

@InputType({
  description:
    'Every given criterion must hold; within a list of ids any one suffices. ' +
    'regionIds matches actors linked to one of the regions and, as they work in every region, the statewide ' +
    'actors (unless regionalOnly).',
})
export class ActorFilterInput {
  @Field(() => [ID], { nullable: true })
  actionFieldIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  categoryIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  regionIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'With regionIds: only actors linked to one of the regions; statewide actors are not added for being statewide',
  })
  regionalOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  statewide?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in name or description; the last may be cut short',
  })
  text?: string | null;
}

@InputType()
export class ActorOrderInput {
  @Field(() => ActorOrderFieldEnum, { defaultValue: 'NAME' })
  field: ActorOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

@ArgsType()
export class ListActorsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20)' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => ActorFilterInput, { nullable: true })
  filter?: ActorFilterInput | null;

  @Field(() => ActorOrderInput, { nullable: true })
  orderBy?: ActorOrderInput | null;
}
