import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { SearchArgs } from './dto/search.args.js';
import { SearchHitModel } from './models/search-hit.model.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => [SearchHitModel], {
    description:
      'Full-text search across actors, persons, challenges, solutions, practices, guidelines and reference data.',
  })
  @RequireRole('member')
  search(@Args() args: SearchArgs) {
    return this.service.search(args.text, args.types, args.first);
  }
}
