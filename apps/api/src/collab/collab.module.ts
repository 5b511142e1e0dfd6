import { Module } from '@nestjs/common';
import { SessionCacheModule } from '../sessions/session-cache.module.js';
import { SessionsModule } from '../sessions/sessions.module.js';
import { CollabRepository } from './collab.repository.js';
import { DocumentReader } from './document/document-reader.js';
import { DocumentRegistry } from './document/document-registry.js';
import { GuidelineTextResolver } from './graphql/guideline-text.resolver.js';
import { MissingMentionsResolver } from './graphql/missing-mentions.resolver.js';
import { MENTIONED_IN_RESOLVERS } from './graphql/mentioned-in.resolver.js';
import { RevisionRecorder } from './revisions/revision-recorder.js';
import { RevisionsRepository } from './revisions/revisions.repository.js';
import { RevisionsResolver } from './revisions/revisions.resolver.js';
import { RevisionsService } from './revisions/revisions.service.js';
import { DocumentSnapshots } from './snapshots/document-snapshots.js';
import { CollabServer } from './server/collab-server.js';

/**
 * Co-editing of a guideline's text: the y-websocket endpoint on the API's HTTP server, the documents
 * open in this process, their durable update log and compaction, and what the text adds to the graph.
 * Other modules read a guideline's current text through `DocumentReader`, or inside their own
 * transaction through `DocumentSnapshots`; revisions (revisions/) are snapshots of the text.
 */
@Module({
  imports: [SessionsModule, SessionCacheModule],
  providers: [
    CollabRepository,
    DocumentRegistry,
    DocumentReader,
    CollabServer,
    GuidelineTextResolver,
    ...MENTIONED_IN_RESOLVERS,
    MissingMentionsResolver,
    DocumentSnapshots,
    RevisionsRepository,
    RevisionRecorder,
    RevisionsService,
    RevisionsResolver,
  ],
  exports: [DocumentReader, DocumentSnapshots],
})
export class CollabModule {}
