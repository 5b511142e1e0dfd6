import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Region', { description: 'A Landkreis or kreisfreie Stadt of Saxony-Anhalt.' })
export class RegionModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable key, e.g. "dessau-rosslau"' })
  key: string;

  @Field()
  name: string;

  @Field({ description: 'district (Landkreis) or city (kreisfreie Stadt)' })
  kind: string;
}
