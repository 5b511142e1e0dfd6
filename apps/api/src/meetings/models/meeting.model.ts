import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MEETING_KINDS, type MeetingKind } from '@netzwerkstatt/domain';
import { AuditedModel } from '../../store/audited.model.js';

export const MeetingKindEnum = Object.fromEntries(MEETING_KINDS.map((k) => [k, k])) as {
  [K in MeetingKind]: K;
};
registerEnumType(MeetingKindEnum, {
  name: 'MeetingKind',
  description:
    'network: the quarterly network meeting; special: called by the steering group; steering: of the steering group',
});

@ObjectType('NamedRef', { description: 'Id and name of a linked record.' })
export class NamedRefModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('Meeting', { description: 'A network, special or steering group meeting (agreement V).' })
export class MeetingModel extends AuditedModel {
  @Field(() => MeetingKindEnum)
  kind: MeetingKind;

  @Field()
  title: string;

  @Field({ description: 'Berlin wall-clock time, YYYY-MM-DDTHH:MM' })
  startsAt: string;

  @Field({ description: 'Berlin wall-clock time, YYYY-MM-DDTHH:MM' })
  endsAt: string;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true, description: 'The minutes, plain text' })
  minutes: string | null;

  @Field(() => [ID], { description: 'Organisations that attended' })
  attendeeIds: string[];
}
