import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, RequireRole } from '../auth/access.decorator.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { LegalService } from './legal.service.js';
import { LegalPageKeyEnum, type LegalPageKey } from './models/legal-page-key.enum.js';
import { LegalPageModel } from './models/legal-page.model.js';

@Resolver(() => LegalPageModel)
export class LegalResolver {
  constructor(private readonly legal: LegalService) {}

  @Query(() => LegalPageModel, {
    description: 'Impressum, Datenschutz or Barrierefreiheit; readable without signing in.',
  })
  @Public()
  legalPage(@Args('key', { type: () => LegalPageKeyEnum }) key: LegalPageKey): Promise<LegalPageModel> {
    return this.legal.page(key);
  }

  @Mutation(() => LegalPageModel, { description: "Replaces a legal page's German and English text." })
  @RequireRole('admin')
  updateLegalPage(
    @Args('key', { type: () => LegalPageKeyEnum }) key: LegalPageKey,
    @Args('textDe') textDe: string,
    @Args('textEn') textEn: string,
    @CurrentUser() user: RequestUser,
  ): Promise<LegalPageModel> {
    return this.legal.update(key, textDe, textEn, user.id);
  }
}
