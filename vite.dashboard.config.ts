import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/build/content-plugin';

/**
 * The organizers' dashboard (dashboard.html → src/dashboard), built after the citizen app into the
 * same dist/ by its own build: the citizens' bundle and precache are untouched by it, and every file
 * it emits is named dashboard* (the service worker's globIgnores keep them out of the precache).
 */
export default defineConfig({
  // Content modules give the dashboard its names: places, outcomes, tutorials and their steps.
  plugins: [contentPlugin(), preact()],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { dashboard: 'dashboard.html' },
      output: {
        entryFileNames: 'assets/dashboard-[hash].js',
        chunkFileNames: 'assets/dashboard-[name]-[hash].js',
        assetFileNames: 'assets/dashboard-[name]-[hash][extname]',
      },
    },
  },
});
