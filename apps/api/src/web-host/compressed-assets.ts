import type { Request, RequestHandler } from 'express';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Types worth compressing (images and fonts are compressed already). */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};
/** Smaller files gain less than the header costs. */
const MIN_BYTES = 1024;

interface Encoded {
  type: string;
  br: Buffer;
  gzip: Buffer;
}

/**
 * Serves the built app's hashed assets (`/assets/…`) compressed — Brotli when the browser takes it,
 * gzip otherwise — so the first page's JavaScript crosses the network at its measured gzip size or
 * less. Each file is compressed once, on its first request, and kept in memory (the files never change
 * while the server runs: their names carry a content hash). Anything else falls through to the plain
 * static handler.
 */
export function compressedAssets(distDir: string, cacheControl: string): RequestHandler {
  const root = path.resolve(distDir);
  const cache = new Map<string, Encoded | null>();

  const encodedFor = (urlPath: string): Encoded | null => {
    const cached = cache.get(urlPath);
    if (cached !== undefined) return cached;
    const file = path.resolve(root, `.${decodeURIComponent(urlPath)}`);
    const type = TYPES[path.extname(file)];
    let encoded: Encoded | null = null;
    if (
      type &&
      file.startsWith(`${root}${path.sep}`) &&
      statSync(file, { throwIfNoEntry: false })?.isFile()
    ) {
      const body = readFileSync(file);
      if (body.length >= MIN_BYTES) {
        encoded = {
          type,
          br: brotliCompressSync(body, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
          }),
          gzip: gzipSync(body, { level: 9 }),
        };
      }
    }
    cache.set(urlPath, encoded);
    return encoded;
  };

  return (req: Request, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.path.startsWith('/assets/')) return next();
    if (!req.headers['accept-encoding']) return next();
    // The server's preference, not the order the browser lists them in: Brotli is smaller.
    const encoding = (['br', 'gzip'] as const).find((name) => req.acceptsEncodings(name) === name);
    if (!encoding) return next();
    let encoded: Encoded | null;
    try {
      encoded = encodedFor(req.path);
    } catch {
      return next(); // a malformed path: the static handler answers it
    }
    if (!encoded) return next();
    const body = encoded[encoding];
    res.setHeader('Content-Type', encoded.type);
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', String(body.length));
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', cacheControl);
    res.status(200).end(req.method === 'HEAD' ? undefined : body);
  };
}
