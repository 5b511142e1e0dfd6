import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { EntityType } from '@netzwerkstatt/domain';
import { EntityTypeEnum } from '../../graph/models/entity-type.enum.js';

@ObjectType('SearchHit', { description: 'One search result; group by `type` to show results per kind.' })
export class SearchHitModel {
  @Field(() => ID)
  id: string;

  @Field(() => EntityTypeEnum)
  type: EntityType;

  @Field({ description: 'Name or title' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'Plain-text excerpt around the match (escape it on output)',
  })
  snippet: string | null;

  @Field(() => Float, { description: 'Relevance; higher is better' })
  score: number;
}
