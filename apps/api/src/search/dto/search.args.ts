import { ArgsType, Field, Int } from '@nestjs/graphql';
import type { EntityType } from '@netzwerkstatt/domain';
import { EntityTypeEnum } from '../../graph/models/entity-type.enum.js';

@ArgsType()
export class SearchArgs {
  @Field({
    description: 'Free text; the last word may be cut short (search as you type). Blank finds nothing.',
  })
  text: string;

  @Field(() => [EntityTypeEnum], {
    nullable: true,
    description: 'Only these kinds; left out or empty: all kinds',
  })
  types?: EntityType[] | null;

  @Field(() => Int, { nullable: true, description: 'Number of results, 1–50 (default 20)' })
  first?: number | null;
}
