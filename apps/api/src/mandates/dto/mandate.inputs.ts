import { Field, ID, InputType } from '@nestjs/graphql';
import type { MandateKind } from '@netzwerkstatt/domain';
import { CLIENT_ID } from '../../store/write/write-args.js';
import { MandateKindEnum } from '../models/mandate.model.js';

const DAY = 'A day, YYYY-MM-DD';

@InputType({ description: 'A new steering group mandate (steering group and admins only).' })
export class CreateMandateInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  id?: string | null;

  @Field(() => ID, { description: 'The person who holds the seat' })
  personId: string;

  @Field(() => ID, { description: 'The organisation (actor) the person represents' })
  actorId: string;

  @Field({ description: `${DAY}: the first day of the term` })
  startDate: string;

  @Field(() => String, {
    nullable: true,
    description: `${DAY}, exclusive: the first day the seat is no longer held. Default and latest: start + 3 years (29.02. → 28.02.)`,
  })
  endDate?: string | null;

  @Field(() => MandateKindEnum)
  kind: MandateKind;
}

@InputType({
  description:
    'A partial update: a field left out stays. A new start without an end moves the end to start + 3 years.',
})
export class UpdateMandateInput {
  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: DAY })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: `${DAY}, exclusive` })
  endDate?: string | null;

  @Field(() => MandateKindEnum, { nullable: true })
  kind?: MandateKind | null;
}
