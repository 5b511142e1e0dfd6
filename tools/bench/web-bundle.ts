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

/**
 * The guideline page with its editor: no budget (it loads after the first page), reported by the budget
 * benchmark. The editor (tiptap, Yjs, y-websocket) is a lazy chunk of its own, fetched by the page.
 */
export const GUIDELINE_PAGE = {
  name: 'guideline',
  modules: ['src/app/layout/AppLayout.tsx', 'src/features/guidelines/components/GuidelinePage.tsx'],
  editorModule: 'src/features/guidelines/editor/GuidelineEditor.tsx',
  signedIn: true,
} as const;

function readManifest(distDir: string): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
}

function sizeOf(distDir: string, pagePath: string, files: string[]): RouteSize {
  const sized = files.map((file) => {
    const content = readFileSync(path.join(distDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  return {
    path: pagePath,
    files: sized,
    bytes: sized.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: sized.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}

/** Sizes of each first page's JavaScript in a built app (dist/apps/web). */
export function firstPageSizes(distDir: string): Record<string, RouteSize> {
  const manifest = readManifest(distDir);
  return Object.fromEntries(
    FIRST_PAGES.map((page) => [page.name, sizeOf(distDir, page.path, routeFiles(manifest, page.modules))]),
  );
}

/**
 * The guideline page's JavaScript: all of it (entry, frame, page, editor and their static imports), and
 * the editor's chunk alone — what it adds to the page (its chunk and the static imports nothing else of
 * the page brings).
 */
export function guidelinePageSizes(
  distDir: string,
  pagePath: string,
): { page: RouteSize; editor: RouteSize } {
  const manifest = readManifest(distDir);
  const withoutEditor = routeFiles(manifest, GUIDELINE_PAGE.modules);
  const all = routeFiles(manifest, [...GUIDELINE_PAGE.modules, GUIDELINE_PAGE.editorModule]);
  return {
    page: sizeOf(distDir, pagePath, all),
    editor: sizeOf(
      distDir,
      pagePath,
      all.filter((file) => !withoutEditor.includes(file)),
    ),
  };
}
