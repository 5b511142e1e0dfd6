import { EDITOR_SCHEMA_VERSION, jsonToText, yDocToJSON } from '@netzwerkstatt/editor';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { ok } from '../support/factories-graph.js';
import type { TestApp } from '../support/test-app.js';

/** A `ws` client that sends `Authorization: Bearer` (and any other headers) with its handshake. */
export function socketClass(headers: Record<string, string>): typeof WebSocket {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  } as typeof WebSocket;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export function collabUrl(t: TestApp): string {
  return `${t.url.replace(/^http/, 'ws')}/collab`;
}

export interface Editor {
  doc: Y.Doc;
  provider: WebsocketProvider;
  text(): string;
  /** The socket's close code and reason, once the server closed it for good (4400–4499). */
  closed: Promise<{ code: number; reason: string }>;
  destroy(): void;
}

/** A Node client as the web app connects: y-websocket's provider, the schema version as `v`. */
export function editor(t: TestApp, guidelineId: string, token: string): Editor {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(collabUrl(t), guidelineId, doc, {
    params: { v: String(EDITOR_SCHEMA_VERSION) },
    WebSocketPolyfill: socketClass(bearer(token)) as never,
    disableBc: true,
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    provider.on('closed', (event) => resolve({ code: event.code, reason: event.reason })),
  );
  return {
    doc,
    provider,
    text: () => jsonToText(yDocToJSON(doc)),
    closed,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function until<T>(
  check: () => T | Promise<T>,
  timeoutMs = 5000,
  what = 'condition',
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function synced(editor: Editor): Promise<boolean> {
  return until(() => editor.provider.synced, 5000, 'sync');
}

/** The first paragraph's text node, made when the document is still empty. */
export function paragraph(doc: Y.Doc): Y.XmlText {
  const fragment = doc.getXmlFragment('default');
  if (fragment.length === 0) {
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText()]);
    fragment.insert(0, [p]);
  }
  return (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

export async function newGuideline(t: TestApp, token: string, title = 'Leitfaden'): Promise<string> {
  const body = await t.gql<{ createGuideline: { id: string } }>(
    'mutation ($input: CreateGuidelineInput!) { createGuideline(input: $input) { id } }',
    { input: { title } },
    token,
  );
  return ok(body).createGuideline.id;
}

/** A raw socket to see exactly what the server sends (and whether it sends anything). */
export interface RawClient {
  socket: WebSocket;
  messages: Uint8Array[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
}

export function rawClient(url: string, headers: Record<string, string> = {}): RawClient {
  const socket = new WebSocket(url, { headers });
  const messages: Uint8Array[] = [];
  socket.on('message', (data) => messages.push(new Uint8Array(data as Buffer)));
  socket.on('error', () => undefined);
  const opened = new Promise<void>((resolve) => socket.once('open', () => resolve()));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  return { socket, messages, opened, closed };
}

export function rawUrl(
  t: TestApp,
  guidelineId: string,
  version: string | null = String(EDITOR_SCHEMA_VERSION),
) {
  return `${collabUrl(t)}/${guidelineId}${version === null ? '' : `?v=${version}`}`;
}
