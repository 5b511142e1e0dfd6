import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { requestLoader } from '../common/loaders/request-loaders.js';
import type { GuidelineRecord } from '../guidelines/guideline.types.js';
import { GuidelineModel } from '../guidelines/models/guideline.model.js';
import { nestedListComplexity } from '../store/relations/nested-list.js';
import { GuidelineVersionsService } from './guideline-versions.service.js';
import { GuidelineVersionContentModel, GuidelineVersionModel } from './models/guideline-version.model.js';
import type { LatestVersion, VersionRecord } from './version.types.js';
import { VersionsRepository } from './versions.repository.js';

/** A published version to read, by guideline and number. */
@Resolver(() => GuidelineVersionModel)
export class GuidelineVersionsResolver {
  constructor(private readonly service: GuidelineVersionsService) {}

  @Query(() => GuidelineVersionContentModel, {
    description: 'A published version with its text (NOT_FOUND if there is no such number).',
  })
  @RequireRole('member')
  guidelineVersion(
    @Args('guidelineId', { type: () => ID }) guidelineId: string,
    @Args('number', { type: () => Int }) number: number,
  ) {
    return this.service.version(guidelineId, number);
  }
}

/** What the published versions add to the Guideline type; one query per field and response. */
@Resolver(() => GuidelineModel)
export class GuidelineVersionFieldsResolver {
  constructor(private readonly repository: VersionsRepository) {}

  @ResolveField('versions', () => [GuidelineVersionModel], {
    description: 'Published versions (Fassungen), newest first',
    complexity: nestedListComplexity,
  })
  versions(@Parent() guideline: GuidelineRecord, @Context('req') request: object): Promise<VersionRecord[]> {
    return requestLoader<VersionRecord[]>(
      request,
      'Guideline.versions',
      (ids) => this.repository.listFor(ids),
      () => [],
    ).load(guideline.id);
  }

  @ResolveField('publishedVersion', () => GuidelineVersionModel, {
    nullable: true,
    description: 'The latest published version; null before the first publication',
  })
  async publishedVersion(
    @Parent() guideline: GuidelineRecord,
    @Context('req') request: object,
  ): Promise<VersionRecord | null> {
    return this.latest(guideline, request);
  }

  @ResolveField('draftDiffers', () => Boolean, {
    description:
      'Whether the text (as last stored, a few seconds behind the editors) differs from the latest published version: it is the draft of the next one. False before the first publication.',
  })
  async draftDiffers(
    @Parent() guideline: GuidelineRecord,
    @Context('req') request: object,
  ): Promise<boolean> {
    return (await this.latest(guideline, request))?.draftDiffers ?? false;
  }

  private latest(guideline: GuidelineRecord, request: object): Promise<LatestVersion | null> {
    return requestLoader<LatestVersion | null>(
      request,
      'Guideline.latestVersion',
      (ids) => this.repository.latestFor(ids),
      () => null,
    ).load(guideline.id);
  }
}
