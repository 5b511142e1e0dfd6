import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import type { EntityType } from '@netzwerkstatt/domain';
import { EntityTypeEnum } from '../models/entity-type.enum.js';

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { defaultValue: 1, description: 'Hops from the node: 1 or 2' })
  depth: number;

  @Field(() => [EntityTypeEnum], {
    nullable: true,
    description:
      'Only nodes of these types, and only paths through them (so every node shown is connected); default: all',
  })
  types?: EntityType[] | null;
}

@ArgsType()
export class ShortestPathArgs {
  @Field(() => ID)
  fromId: string;

  @Field(() => ID)
  toId: string;

  @Field(() => Int, { defaultValue: 6, description: 'Longest path considered, 1–10 hops' })
  maxHops: number;
}
