import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '../../common/loaders/request-loaders.js';
import type { GuidelineRecord } from '../../guidelines/guideline.types.js';
import { GuidelineModel } from '../../guidelines/models/guideline.model.js';
import { CollabRepository } from '../collab.repository.js';
import { textEditable } from '../rights.js';

/** What the co-edited text adds to the Guideline type. */
@Resolver(() => GuidelineModel)
export class GuidelineTextResolver {
  constructor(private readonly repository: CollabRepository) {}

  @ResolveField('editable', () => Boolean, {
    description:
      'Whether the current account may edit the text now. In every status: publishing freezes a numbered version and edits after it are the draft of the next one.',
  })
  editable(@Parent() guideline: GuidelineRecord): boolean {
    return textEditable(guideline.status);
  }

  @ResolveField('bodyText', () => String, {
    nullable: true,
    description:
      'Plain text of the guideline as last stored (a few seconds behind live editing); null while empty.',
  })
  bodyText(@Parent() guideline: GuidelineRecord, @Context('req') request: object): Promise<string | null> {
    return requestLoader<string | null>(
      request,
      'Guideline.bodyText',
      (ids) => this.repository.bodyTexts(ids),
      () => null,
    ).load(guideline.id);
  }
}
