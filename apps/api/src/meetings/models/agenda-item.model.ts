import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AuditedModel } from '../../store/audited.model.js';

@ObjectType('TitledRef', { description: 'Id and title of a linked record.' })
export class TitledRefModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType('AgendaItem', {
  description: 'A point on a meeting’s agenda, what it concerns and what was decided.',
})
export class AgendaItemModel extends AuditedModel {
  @Field()
  title: string;

  @Field(() => Int)
  position: number;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => String, { nullable: true, description: 'What the meeting decided on it' })
  decision: string | null;

  @Field(() => ID, { nullable: true })
  meetingId: string | null;

  @Field(() => [TitledRefModel])
  challenges: TitledRefModel[];

  @Field(() => [TitledRefModel], { description: 'Solution approaches' })
  solutions: TitledRefModel[];

  @Field(() => [TitledRefModel])
  guidelines: TitledRefModel[];
}
