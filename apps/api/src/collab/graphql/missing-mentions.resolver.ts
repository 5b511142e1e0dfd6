import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { InputCheck, checkIds } from '@netzwerkstatt/domain';
import { RequireRole } from '../../auth/access.decorator.js';
import { CollabRepository } from '../collab.repository.js';

/** Which mentions in a guideline's text point at something deleted, so the editor shows them as such. */
@Resolver()
export class MissingMentionsResolver {
  constructor(private readonly repository: CollabRepository) {}

  @Query(() => [ID], {
    description:
      'Of the ids a guideline text mentions (at most 100), those in the Papierkorb or gone: shown as deleted, not as links.',
  })
  @RequireRole('member')
  missingMentions(@Args('ids', { type: () => [ID] }) ids: string[]): Promise<string[]> {
    checkIds(new InputCheck(), 'ids', ids).done();
    return ids.length === 0 ? Promise.resolve([]) : this.repository.missingMentionTargets(ids);
  }
}
