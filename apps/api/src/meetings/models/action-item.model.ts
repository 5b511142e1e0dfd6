import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ACTION_ITEM_STATUSES, type ActionItemStatus } from '@netzwerkstatt/domain';
import { AuditedModel } from '../../store/audited.model.js';

export const ActionItemStatusEnum = Object.fromEntries(ACTION_ITEM_STATUSES.map((s) => [s, s])) as {
  [S in ActionItemStatus]: S;
};
registerEnumType(ActionItemStatusEnum, {
  name: 'ActionItemStatus',
  description: 'open → in_progress → done',
});

@ObjectType('ActionItem', {
  description:
    'A task a meeting gave an organisation; until done it comes back on the next meetings of its series.',
})
export class ActionItemModel extends AuditedModel {
  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate: string | null;

  @Field(() => ActionItemStatusEnum)
  status: ActionItemStatus;

  @Field(() => String, { nullable: true, description: 'The Berlin day it was marked done' })
  doneOn: string | null;

  @Field(() => ID, { nullable: true, description: 'The meeting that raised it' })
  meetingId: string | null;

  @Field(() => String, { nullable: true })
  meetingTitle: string | null;

  @Field(() => String, { nullable: true })
  meetingStartsAt: string | null;

  @Field(() => ID, { nullable: true })
  ownerId: string | null;

  @Field(() => String, { nullable: true, description: 'The organisation that carries it out' })
  ownerName: string | null;

  @Field(() => ID, { nullable: true })
  agendaItemId: string | null;
}
