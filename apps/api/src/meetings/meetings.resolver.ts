import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { EXPECTED_REVISION } from '../store/write/write-args.js';
import { ActionItemsService } from './action-items/action-items.service.js';
import { AgendaItemsService } from './agenda/agenda-items.service.js';
import { CreateMeetingInput, ProposeNetworkMeetingsInput, UpdateMeetingInput } from './dto/meeting.inputs.js';
import type { MeetingRecord } from './meeting.types.js';
import { MeetingsService } from './meetings.service.js';
import { ActionItemModel } from './models/action-item.model.js';
import { AgendaItemModel } from './models/agenda-item.model.js';
import { MeetingModel, NamedRefModel } from './models/meeting.model.js';

const ID_ARG = { type: () => ID };

@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly agenda: AgendaItemsService,
    private readonly actionItems: ActionItemsService,
  ) {}

  @Query(() => MeetingModel, { description: 'One meeting by id (NOT_FOUND if unknown).' })
  @RequireRole('member')
  meeting(@Args('id', ID_ARG) id: string): Promise<MeetingRecord> {
    return this.service.meeting(id);
  }

  @Query(() => [MeetingModel], { description: "A year's meetings, soonest first." })
  @RequireRole('member')
  meetings(@Args('year', { type: () => Int }) year: number): Promise<MeetingRecord[]> {
    return this.service.meetings(year);
  }

  @Query(() => [ActionItemModel], {
    description: 'Every action item not done yet, by due date (at most 500).',
  })
  @RequireRole('member')
  openActionItems() {
    return this.actionItems.open();
  }

  @Mutation(() => MeetingModel, { description: 'Adds a meeting (steering group and admins).' })
  @RequireRole('member')
  createMeeting(@Args('input') input: CreateMeetingInput, @CurrentUser() user: RequestUser) {
    return this.service.create(input, user);
  }

  @Mutation(() => MeetingModel, {
    description: 'Changes a meeting, its minutes or its attendance (steering group and admins).',
  })
  @RequireRole('member')
  updateMeeting(
    @Args('id', ID_ARG) id: string,
    @Args('expectedRevision', { type: () => Int, description: EXPECTED_REVISION }) expectedRevision: number,
    @Args('input') input: UpdateMeetingInput,
    @CurrentUser() user: RequestUser,
  ) {
    return this.service.update(id, expectedRevision, input, user);
  }

  @Mutation(() => ID, {
    description: 'Moves a meeting to the Papierkorb (steering group and admins). Returns its id.',
  })
  @RequireRole('member')
  deleteMeeting(@Args('id', ID_ARG) id: string, @CurrentUser() user: RequestUser): Promise<string> {
    return this.service.delete(id, user);
  }

  @Mutation(() => [MeetingModel], {
    description:
      "Proposes a year's four network meetings in one step (second Wednesday of February, May, August and November, 10:00–13:00), only for quarters without one; returns the year's network meetings.",
  })
  @RequireRole('member')
  proposeNetworkMeetings(
    @Args('input') input: ProposeNetworkMeetingsInput,
    @CurrentUser() user: RequestUser,
  ) {
    return this.service.proposeNetworkMeetings(input, user);
  }

  @ResolveField('attendees', () => [NamedRefModel], { description: 'Organisations that attended, by name' })
  attendees(@Parent() meeting: MeetingRecord & { attendees?: NamedRefModel[] }): NamedRefModel[] {
    return meeting.attendees ?? [];
  }

  @ResolveField('agenda', () => [AgendaItemModel], { description: 'Its agenda, in order' })
  agendaItems(@Parent() meeting: MeetingRecord) {
    return this.agenda.agenda(meeting.id);
  }

  @ResolveField('actionItems', () => [ActionItemModel], {
    description: 'Action items raised at this meeting',
  })
  raised(@Parent() meeting: MeetingRecord) {
    return this.actionItems.raisedAt(meeting.id);
  }

  @ResolveField('carriedOverActionItems', () => [ActionItemModel], {
    description:
      'Action items of earlier meetings of the same series that were not done by this meeting’s day',
  })
  carriedOver(@Parent() meeting: MeetingRecord) {
    return this.actionItems.carriedOver(meeting.id);
  }
}
