// What the first page of the web app costs to download: shared by the budget benchmark
// (tools/bench/web-budget.ts) and the browser journeys' budget check, which import it as
// `#tools/web-bundle` (package.json "imports").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** 200 kB of JavaScript (gzip) for the first page. */
export const BUDGET_BYTES = 200_000;

/** The pages people land on: the start page when signed in, sign-in otherwise. */
export const FIRST_PAGES = [
  {
    name: 'home',
    path: '/',
    // The signed-in frame is a lazy chunk of its own, fetched with the page.
    modules: ['src/app/layout/AppLayout.tsx', 'src/features/home/components/HomePage.tsx'],
    signedIn: true,
  },
  {
    name: 'sign-in',
    path: '/anmelden',
    modules: ['src/features/auth/components/SignInPage.tsx'],
    signedIn: false,
  },
] as const;

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

/** Every JS file the browser must fetch before the route can render: entry + route chunks + static imports. */
export function routeFiles(
  manifest: Record<string, ManifestChunk>,
  routeModules: readonly string[],
): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('the manifest has no entry');
  visit(entry);
  for (const routeModule of routeModules) {
    if (!manifest[routeModule]) throw new Error(`the manifest has no chunk for ${routeModule}`);
    visit(routeModule);
  }
  return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
}

export interface RouteSize {
  path: string;
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

/** Sizes of each first page's JavaScript in a built app (dist/apps/web). */
export function firstPageSizes(distDir: string): Record<string, RouteSize> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  return Object.fromEntries(
    FIRST_PAGES.map((page) => {
      const files = routeFiles(manifest, page.modules).map((file) => {
        const content = readFileSync(path.join(distDir, file));
        return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
      });
      const size: RouteSize = {
        path: page.path,
        files,
        bytes: files.reduce((sum, f) => sum + f.bytes, 0),
        gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
      };
      return [page.name, size];
    }),
  );
}
