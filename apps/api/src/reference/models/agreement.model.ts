import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Agreement', { description: "The network's cooperation agreement: the rules it sets." })
export class AgreementModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Date the agreement came into force (ISO 8601, e.g. 2024-02-29)' })
  inForce: string;

  @Field({ description: 'Where the data comes from' })
  source: string;

  @Field({ description: 'How often the network meets' })
  networkMeetingCadence: string;

  @Field(() => Int, { description: 'At most this many persons in the steering group at once' })
  steeringGroupMaxPersons: number;

  @Field(() => Int, { description: 'A steering-group mandate is confirmed every this many years' })
  steeringGroupConfirmationYears: number;

  @Field(() => Int, { description: 'Public events with wide reach per calendar year, at least' })
  publicEventsPerYearMin: number;

  @Field()
  membership: string;
}
