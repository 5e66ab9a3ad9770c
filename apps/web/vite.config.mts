import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The api serves this build at `/` in production (`npm start`); `npm run dev` serves it with hot
// reload on 4200 and proxies the api's paths to it.
const apiTarget = `http://localhost:${process.env.PORT ?? 3000}`;

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  server: {
    port: 4200,
    host: 'localhost',
    proxy: {
      '/graphql': { target: apiTarget, ws: true },
      '/health': apiTarget,
      // Large customer lists are uploaded to `POST /imports/:campaignId`; the page itself (GET /imports) stays the app's.
      '^/imports/[^/]+$': { target: apiTarget, bypass: (req) => (req.method === 'POST' ? undefined : req.url) },
      // Filtered lists as CSV files, written by the api as they are read.
      '/exports': apiTarget,
    },
  },
  preview: { port: 4300, host: 'localhost' },
  // `@lifeboat/*` imports resolve through the tsconfig paths (Vite's own resolver, no plugin).
  resolve: { tsconfigPaths: true },
  plugins: [react()],
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
  },
}));
