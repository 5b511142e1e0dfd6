import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { MeetingKind } from '@netzwerkstatt/domain';
import { CLIENT_ID } from '../../store/write/write-args.js';
import { MeetingKindEnum } from '../models/meeting.model.js';

const TIME = 'Berlin wall-clock time, YYYY-MM-DDTHH:MM';

@InputType({ description: 'A new meeting (steering group and admins only).' })
export class CreateMeetingInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  id?: string | null;

  @Field(() => MeetingKindEnum)
  kind: MeetingKind;

  @Field()
  title: string;

  @Field({ description: TIME })
  startsAt: string;

  @Field({ description: TIME })
  endsAt: string;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Organisations (actors) that attended' })
  attendeeIds?: string[] | null;
}

@InputType({ description: 'A partial update of a meeting: a field left out stays as it is.' })
export class UpdateMeetingInput {
  @Field(() => MeetingKindEnum, { nullable: true })
  kind?: MeetingKind | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: TIME })
  startsAt?: string | null;

  @Field(() => String, { nullable: true, description: TIME })
  endsAt?: string | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Plain text, at most 100 000 characters' })
  minutes?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Organisations (actors) that attended; replaces the list',
  })
  attendeeIds?: string[] | null;
}

@InputType({ description: 'Next year’s four network meetings in one step.' })
export class ProposeNetworkMeetingsInput {
  @Field(() => Int)
  year: number;

  @Field(() => String, {
    nullable: true,
    description: 'Where they take place (the steering group can change each)',
  })
  place?: string | null;
}
