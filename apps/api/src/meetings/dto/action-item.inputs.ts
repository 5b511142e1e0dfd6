import { Field, ID, InputType } from '@nestjs/graphql';
import type { ActionItemStatus } from '@netzwerkstatt/domain';
import { CLIENT_ID } from '../../store/write/write-args.js';
import { ActionItemStatusEnum } from '../models/action-item.model.js';

@InputType({ description: 'A new action item raised at a meeting (steering group and admins only).' })
export class CreateActionItemInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  id?: string | null;

  @Field(() => ID)
  meetingId: string;

  @Field()
  title: string;

  @Field(() => ID, { nullable: true, description: 'The organisation (actor) that carries it out' })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The agenda item (of the same meeting) whose decision it carries out',
  })
  agendaItemId?: string | null;
}

@InputType({ description: 'A partial update of an action item.' })
export class UpdateActionItemInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; empty clears it' })
  dueDate?: string | null;

  @Field(() => ActionItemStatusEnum, { nullable: true })
  status?: ActionItemStatus | null;
}
