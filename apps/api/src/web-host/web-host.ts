import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { compressedAssets } from './compressed-assets.js';

/** Paths the server answers itself; everything else that is a GET may be a route of the web app. */
const SERVER_PATHS = ['/graphql', '/health', '/ready'];
const IMMUTABLE = 'public, max-age=31536000, immutable';

function isServerPath(url: string): boolean {
  return SERVER_PATHS.some(
    (prefix) => url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`),
  );
}

/**
 * Serves the built web app from `distDir` with an SPA fallback: a GET for a route the server does not
 * know gets index.html, so deep links such as /akteure/123 work after a reload. Vite puts a content
 * hash into every file name under assets/, so those may be cached forever; index.html names the
 * current hashes and therefore must be revalidated on every visit. Assets go out compressed
 * (compressed-assets.ts).
 */
export function webHostHandlers(distDir: string): RequestHandler[] | undefined {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) return undefined;

  const assets = express.static(distDir, {
    index: false,
    fallthrough: true,
    setHeaders(res, filePath) {
      const relative = path.relative(distDir, filePath).split(path.sep).join('/');
      res.setHeader('Cache-Control', relative.startsWith('assets/') ? IMMUTABLE : 'no-cache');
    },
  });

  const guardedAssets: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (isServerPath(req.path)) return next();
    return assets(req, res, next);
  };

  const spaFallback: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (isServerPath(req.path)) return next();
    // A missing hashed asset or a file with an extension is a real 404, not a page of the app.
    if (req.path.startsWith('/assets/') || path.extname(req.path) !== '') return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  };

  return [compressedAssets(distDir, IMMUTABLE), guardedAssets, spaFallback];
}
