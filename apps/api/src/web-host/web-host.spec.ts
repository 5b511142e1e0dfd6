import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http, { type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { webHostHandlers } from './web-host.js';

const BIG_SCRIPT = Array.from({ length: 400 }, (_, i) => `export const wert${i} = 'Fachkräfte ${i}';`).join(
  '\n',
);

/** A raw request (Node's fetch would undo the compression), with the answer's headers and bytes. */
async function raw(
  url: string,
  acceptEncoding?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on('error', reject);
  });
}

describe('web host', () => {
  let dist: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(os.tmpdir(), 'web-host-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(path.join(dist, 'favicon.svg'), '<svg/>');
    writeFileSync(path.join(dist, 'assets', 'big-def456.js'), BIG_SCRIPT);
    const app = express();
    app.post('/graphql', (_req, res) => void res.json({ data: null }));
    app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
    for (const handler of webHostHandlers(dist) ?? []) app.use(handler);
    app.use((_req, res) => void res.status(404).send('not found'));
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve());
    });
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends the app’s scripts compressed: Brotli when the browser takes it, gzip otherwise, plain for neither', async () => {
    const url = `${base}/assets/big-def456.js`;
    const br = await raw(url, 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.body.length).toBeLessThan(BIG_SCRIPT.length / 4);
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(BIG_SCRIPT);

    const gzip = await raw(url, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(BIG_SCRIPT);

    const plain = await raw(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(BIG_SCRIPT);

    expect((await raw(`${base}/assets/missing-000.js`, 'br')).status).toBe(404);
    expect((await raw(`${base}/assets/..%2f..%2fetc%2fpasswd.js`, 'br')).status).toBe(404);
  });

  it('serves hashed assets as immutable', async () => {
    const response = await fetch(`${base}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers deep links of the app with index.html, never cached', async () => {
    for (const route of ['/', '/akteure/42', '/prozesskette?x=1', '/setup?token=abc']) {
      const response = await fetch(`${base}${route}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>app</title>');
    }
  });

  it('leaves the API routes alone', async () => {
    expect((await fetch(`${base}/health`)).headers.get('content-type')).toMatch(/json/);
    const graphql = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await graphql.json()).toEqual({ data: null });
    // A GET on /graphql is the API's business (here: not found), not the app's index page.
    expect(await (await fetch(`${base}/graphql`)).text()).toBe('not found');
  });

  it('reports a missing file as missing instead of serving the app', async () => {
    expect((await fetch(`${base}/assets/index-gone.js`)).status).toBe(404);
    expect((await fetch(`${base}/robots.txt`)).status).toBe(404);
  });

  it('does nothing when no web app was built', () => {
    expect(webHostHandlers(path.join(dist, 'missing'))).toBeUndefined();
  });
});
