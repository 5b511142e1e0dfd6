import { Module } from '@nestjs/common';
import { HistoryResolver } from './history.resolver.js';

@Module({ providers: [HistoryResolver] })
export class HistoryModule {}
