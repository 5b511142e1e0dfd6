import { Module } from '@nestjs/common';
import { SavedViewsRepository } from './saved-views.repository.js';
import { SavedViewsResolver } from './saved-views.resolver.js';
import { SavedViewsService } from './saved-views.service.js';

/** Saved graph views: a person's graph explorer views, private or shared, on the write path. */
@Module({ providers: [SavedViewsRepository, SavedViewsService, SavedViewsResolver] })
export class SavedViewsModule {}
