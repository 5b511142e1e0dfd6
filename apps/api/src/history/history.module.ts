import { Global, Module } from '@nestjs/common';
import { HistoryRepository } from './history.repository.js';
import { HistoryResolver } from './history.resolver.js';

@Global()
@Module({ providers: [HistoryRepository, HistoryResolver], exports: [HistoryRepository] })
export class HistoryModule {}
