import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { COLLAB_CLOSE, type CollabCloseReason } from '@netzwerkstatt/editor';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { RequestUser } from '../../auth/request-user.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { SessionCache } from '../../sessions/session-cache.js';
import { SessionsService } from '../../sessions/sessions.service.js';
import { CollabRepository } from '../collab.repository.js';
import type { CollabDocument } from '../document/collab-document.js';
import { DocumentRegistry } from '../document/document-registry.js';
import { COLLAB_LIMITS } from '../limits.js';
import { textEditable } from '../rights.js';
import { isCollabAddress, originAllowed, parseCollabAddress, sessionTokenOf } from './handshake.js';
import { SessionRecheck } from './session-recheck.js';
import { SocketPeer } from './socket-peer.js';

type Admission =
  { refused: CollabCloseReason } | { user: RequestUser; token: string; document: CollabDocument };

/**
 * The y-websocket endpoint `/collab/<guidelineId>?v=<schema version>` on the API's own HTTP server.
 * A socket is admitted before the WebSocket handshake completes (address, session, origin, guideline,
 * room), so a client can send nothing and receive nothing of a document until it is; a refusal
 * completes the handshake only to close with its code and reason.
 */
@Injectable()
export class CollabServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Collab');
  private readonly sockets = new WebSocketServer({
    noServer: true,
    maxPayload: COLLAB_LIMITS.hardFrameBytes,
    perMessageDeflate: false,
  });
  private readonly peers = new Set<SocketPeer>();
  private readonly recheck: SessionRecheck;
  private server: Server | null = null;
  /**
   * Set when the application begins to stop: from then on no socket is admitted and no document opened.
   * One opened after the documents were closed would keep its sockets in a stopped server and write the
   * update log beside the next server's copy of the document (same seq numbers, a log never folded).
   */
  private stopping = false;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly sessions: SessionsService,
    private readonly documents: DocumentRegistry,
    repository: CollabRepository,
    cache: SessionCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.recheck = new SessionRecheck(sessions, repository, documents, () => this.peers, cache);
  }

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    // The CLI boots the application without HTTP: nothing to attach to.
    if (!server) return;
    this.server = server;
    server.on('upgrade', this.onUpgrade);
    this.recheck.start();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.recheck.stop();
    this.server?.off('upgrade', this.onUpgrade);
    await this.documents.closeAll();
    for (const socket of this.sockets.clients) socket.terminate();
    await new Promise<void>((resolve) => this.sockets.close(() => resolve()));
  }

  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (!isCollabAddress(request.url)) {
      // Nothing else here speaks WebSocket; an unanswered upgrade would hang until the client gives up.
      if (this.server && this.server.listenerCount('upgrade') === 1) socket.destroy();
      return;
    }
    socket.on('error', () => socket.destroy());
    this.admit(request).then(
      (admission) => {
        // Stopping: no handshake; the client tries again, and finds the next server.
        if (this.stopping) socket.destroy();
        else this.complete(request, socket, head, admission);
      },
      (error: unknown) => {
        if (!this.stopping) this.logger.error(`collab admission failed: ${(error as Error).message}`);
        socket.destroy();
      },
    );
  };

  private async admit(request: IncomingMessage): Promise<Admission> {
    const address = parseCollabAddress(request.url);
    if ('refused' in address) return address;
    const credentials = sessionTokenOf(request.headers);
    if (!credentials) return { refused: 'UNAUTHENTICATED' };
    if (credentials.viaCookie && !originAllowed(request.headers, this.config.PUBLIC_URL)) {
      return { refused: 'FORBIDDEN' };
    }
    const user = await this.sessions.authenticate(credentials.token);
    if (!user) return { refused: 'UNAUTHENTICATED' };
    // Like the AccessGuard: nothing but changing the password until the one someone else set is changed.
    if (user.mustChangePassword) return { refused: 'FORBIDDEN' };
    if (this.stopping) throw new Error('the server is stopping');
    const document = await this.documents.open(address.guidelineId);
    if (!document) return { refused: 'NOT_FOUND' };
    if (document.peers.size >= COLLAB_LIMITS.maxClientsPerDocument) {
      void this.documents.release(document);
      return { refused: 'TOO_MANY_CLIENTS' };
    }
    return { user, token: credentials.token, document };
  }

  private complete(request: IncomingMessage, socket: Duplex, head: Buffer, admission: Admission): void {
    let joined = false;
    this.sockets.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      joined = true;
      ws.on('error', () => undefined);
      if ('refused' in admission) {
        ws.close(COLLAB_CLOSE[admission.refused], admission.refused);
        setTimeout(() => ws.terminate(), 5000).unref();
        return;
      }
      const { user, token, document } = admission;
      const peer = new SocketPeer(ws, document, user, token, textEditable(document.status));
      this.peers.add(peer);
      peer.start((closed) => {
        this.peers.delete(closed);
        void this.documents.release(closed.document);
      });
    });
    // The client went away before the handshake could complete: the document may now be empty.
    if (!joined && !('refused' in admission)) void this.documents.release(admission.document);
  }
}
