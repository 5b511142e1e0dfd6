import { Module } from '@nestjs/common';
import { TrashRepository } from './trash.repository.js';
import { TrashResolver } from './trash.resolver.js';
import { TrashSweeper } from './trash-sweeper.js';

/** The Papierkorb: deleted records for 30 days, restorable; purge by the steering group. */
@Module({ providers: [TrashRepository, TrashResolver, TrashSweeper] })
export class TrashModule {}
