import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SolutionApproachModel } from '../models/solution-approach.model.js';
import { SolutionStatusChangeModel } from '../models/status-change.model.js';
import type { SolutionApproachRecord } from '../solution.types.js';
import { StatusTimelineRepository, type StatusChangeRecord } from './status-timeline.repository.js';

/** One query per approach asked: meant for an approach's page, so the cost limit counts it like a page. */
const TIMELINE_COST = 20;

@Resolver(() => SolutionApproachModel)
export class StatusTimelineResolver {
  constructor(private readonly timelines: StatusTimelineRepository) {}

  @ResolveField('statusTimeline', () => [SolutionStatusChangeModel], {
    description: 'Its status changes from the history, oldest first',
    complexity: TIMELINE_COST,
  })
  statusTimeline(@Parent() solution: SolutionApproachRecord): Promise<StatusChangeRecord[]> {
    return this.timelines.timeline(solution.id);
  }
}
