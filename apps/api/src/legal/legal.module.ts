import { Module } from '@nestjs/common';
import { LegalRepository } from './legal.repository.js';
import { LegalResolver } from './legal.resolver.js';
import { LegalService } from './legal.service.js';

@Module({ providers: [LegalRepository, LegalService, LegalResolver] })
export class LegalModule {}
