import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { JSONContent } from '@netzwerkstatt/editor';
import { RequireRole } from '../auth/access.decorator.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { TotalCountSelected } from '../common/pagination/total-count.js';
import { connectionComplexity } from '../graphql/query-limits.js';
import { SaveGuidelineAsTemplateInput } from './dto/save-as-template.input.js';
import { GuidelineTemplatesService } from './guideline-templates.service.js';
import { GuidelineTemplateConnection, GuidelineTemplateModel } from './models/guideline-template.model.js';
import { sectionsOf } from './sections.js';
import type { TemplateRecord } from './template.types.js';

function toModel(record: TemplateRecord): GuidelineTemplateModel {
  return {
    id: record.id,
    name: record.name,
    description: record.description,
    sections: sectionsOf(JSON.parse(record.json) as JSONContent),
    seeded: record.createdBy === 'system',
    createdAt: record.createdAt,
    createdByName: record.createdByName,
  };
}

@Resolver(() => GuidelineTemplateModel)
export class GuidelineTemplatesResolver {
  constructor(private readonly service: GuidelineTemplatesService) {}

  @Query(() => GuidelineTemplateConnection, {
    description: 'Templates for new guidelines, by name.',
    complexity: connectionComplexity,
  })
  @RequireRole('member')
  async guidelineTemplates(
    @TotalCountSelected() withCount: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    const page = await this.service.list({ first, after }, withCount);
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: toModel(edge.node) })) };
  }

  @Mutation(() => GuidelineTemplateModel, {
    description: 'Keeps a guideline’s current text as a template (Als Vorlage speichern).',
  })
  @RequireRole('member')
  async saveGuidelineAsTemplate(
    @Args('input') input: SaveGuidelineAsTemplateInput,
    @CurrentUser() user: RequestUser,
  ): Promise<GuidelineTemplateModel> {
    return toModel(await this.service.saveAsTemplate(input, user));
  }
}
