import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The gateway serves dist/ at /tablero (gateway/src/dashboard.ts); every asset is bundled, nothing is fetched from a CDN.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/tablero/',
  logLevel: 'warn',
  // Preact's automatic JSX runtime, without a plugin (and its Babel) at install time.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: true, chunkSizeWarningLimit: 600 },
});
