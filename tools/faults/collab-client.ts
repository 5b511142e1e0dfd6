// A y-websocket client as the web app connects to /collab/<guidelineId>: the schema version as `v` and the
// session as `Authorization: Bearer` (a Node client has no cookie). Used by the fault run and the
// co-editing benchmark; against the y-websocket reference server it connects to `<url>/<room>` without both.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/**
 * libs/editor's EDITOR_SCHEMA_VERSION, read from its source: a script run by Node directly cannot import
 * the library (module boundaries), and the server refuses any other version.
 */
const EDITOR_SCHEMA_VERSION = (() => {
  const file = path.resolve(import.meta.dirname, '../../libs/editor/src/schema-version.ts');
  const version = /EDITOR_SCHEMA_VERSION\s*=\s*(\d+)/.exec(readFileSync(file, 'utf8'))?.[1];
  if (!version) throw new Error(`no EDITOR_SCHEMA_VERSION in ${file}`);
  return Number(version);
})();

/** The API's collab endpoint for one token: `/collab`, with the schema version as `v`. */
export function apiEndpoint(apiUrl: string, token: string): CollabEndpoint {
  return {
    url: `${apiUrl.replace(/^http/, 'ws')}/collab`,
    token,
    params: { v: String(EDITOR_SCHEMA_VERSION) },
  };
}

function socketClass(headers: Record<string, string>): typeof WebSocket {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers, perMessageDeflate: false });
    }
  } as typeof WebSocket;
}

export interface CollabEndpoint {
  /** ws://host:port/collab for the API; ws://host:port for the reference server. */
  url: string;
  /** Bearer token; none for the reference server. */
  token?: string;
  /** Query parameters (the API needs `v`). */
  params?: Record<string, string>;
}

export interface CollabClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

export function collabClient(
  endpoint: CollabEndpoint,
  room: string,
  options: { doc?: Y.Doc; connect?: boolean; maxBackoffTime?: number; awareness?: boolean } = {},
): CollabClient {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(endpoint.url, room, doc, {
    params: endpoint.params ?? {},
    WebSocketPolyfill: socketClass(
      endpoint.token ? { authorization: `Bearer ${endpoint.token}` } : {},
    ) as never,
    disableBc: true,
    connect: options.connect ?? true,
    maxBackoffTime: options.maxBackoffTime ?? 2500,
  });
  if (options.awareness === false) provider.awareness.setLocalState(null);
  return {
    doc,
    provider,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}

/** A new guideline over GraphQL; its text is seeded by the server when first opened. */
export async function createGuideline(apiUrl: string, token: string, title: string): Promise<string> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation ($input: CreateGuidelineInput!) { createGuideline(input: $input) { id } }',
      variables: { input: { title } },
    }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as { data?: { createGuideline?: { id: string } }; errors?: unknown[] };
  const id = body.data?.createGuideline?.id;
  if (!id) throw new Error(`createGuideline failed: ${JSON.stringify(body.errors ?? body)}`);
  return id;
}
