import { Module } from '@nestjs/common';
import { GraphModule } from '../graph/graph.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { ActionFieldChallengesResolver } from './action-field-challenges.resolver.js';
import { ChallengeFieldsResolver } from './challenge-fields.resolver.js';
import { ChallengesRepository } from './challenges.repository.js';
import { ChallengesResolver } from './challenges.resolver.js';
import { ChallengesService } from './challenges.service.js';

@Module({
  imports: [GraphModule, ReferenceModule],
  providers: [
    ChallengesRepository,
    ChallengesService,
    ChallengesResolver,
    ChallengeFieldsResolver,
    ActionFieldChallengesResolver,
  ],
})
export class ChallengesModule {}
