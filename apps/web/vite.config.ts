import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './vite-graphql-documents.ts';

const root = import.meta.dirname;
const repoRoot = path.resolve(root, '../..');
// `npm run dev` proxies API calls to a server started with `npm start` (or API_URL).
const apiUrl = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [graphqlDocuments(), react()],
  resolve: {
    alias: {
      '@netzwerkstatt/domain': path.join(repoRoot, 'libs/domain/src/index.ts'),
      '@netzwerkstatt/editor': path.join(repoRoot, 'libs/editor/src/index.ts'),
    },
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    proxy: {
      '/graphql': { target: apiUrl, changeOrigin: false },
      // Co-editing sockets; the Host header stays the page's, which the server accepts as its origin.
      '/collab': { target: apiUrl, changeOrigin: false, ws: true },
      // A guideline's downloads (Markdown, HTML, DOCX, PDF); its pages under /leitfaeden stay the app's.
      '^/guidelines/[^/]+/export\\.(md|html|docx|pdf)$': apiUrl,
      '/health': apiUrl,
      '/ready': apiUrl,
    },
  },
  build: {
    outDir: path.join(repoRoot, 'dist/apps/web'),
    emptyOutDir: true,
    // The manifest lets the budget script find the first route's chunks.
    manifest: true,
    sourcemap: false,
    // The guideline editor (tiptap, ProseMirror, Yjs: about 620 kB, 195 kB gzip) is one lazy chunk on purpose.
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      // The domain library is plain data and functions: what a page does not use stays out of its code.
      treeshake: { moduleSideEffects: (id: string) => (id.includes('/libs/domain/') ? false : undefined) },
    },
  },
});
