import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MANDATE_KINDS, type MandateKind } from '@netzwerkstatt/domain';
import { AuditedModel } from '../../store/audited.model.js';

export const MandateKindEnum = Object.fromEntries(MANDATE_KINDS.map((k) => [k, k])) as {
  [K in MandateKind]: K;
};
registerEnumType(MandateKindEnum, {
  name: 'MandateKind',
  description: 'confirmed: confirmed by the network for another term; new: newly chosen',
});

@ObjectType('Mandate', { description: 'A seat in the steering group (agreement VI).' })
export class MandateModel extends AuditedModel {
  @Field({ description: 'YYYY-MM-DD: the first day of the term' })
  startDate: string;

  @Field({ description: 'YYYY-MM-DD, exclusive: the first day the seat is no longer held' })
  endDate: string;

  @Field(() => MandateKindEnum)
  kind: MandateKind;

  @Field(() => ID, { nullable: true, description: 'Null once the person is in the Papierkorb' })
  personId: string | null;

  @Field(() => String, { nullable: true })
  personName: string | null;

  @Field(() => ID, { nullable: true, description: 'Null once the organisation is in the Papierkorb' })
  actorId: string | null;

  @Field(() => String, { nullable: true })
  actorName: string | null;
}

@ObjectType('SteeringGroup', { description: 'The steering group as it was, is or will be on one day.' })
export class SteeringGroupModel {
  @Field({ description: 'The day, YYYY-MM-DD' })
  on: string;

  @Field(() => Int, { description: 'At most this many mandates run on any day (agreement VI)' })
  maxActive: number;

  @Field(() => [MandateModel], { description: 'The mandates running on that day, by name' })
  mandates: MandateModel[];
}
