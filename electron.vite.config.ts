import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/hosts/common/contentSecurityPolicy';
import { BUILD_STAMP, sourceFingerprint } from './src/hosts/common/ensureBuilt';

/**
 * What this build is made from, taken before it starts: `npm start` rebuilds only when it changed.
 * The renderer is built last; the stamp is removed as it starts and written only once its files
 * are written, so a failed build leaves none and the next start builds again.
 */
function buildStamp(): Plugin {
  const fingerprint = sourceFingerprint(import.meta.dirname);
  const stamp = resolve('out', BUILD_STAMP);
  return {
    name: 'outpost-build-stamp',
    apply: 'build',
    buildStart: () => rmSync(stamp, { force: true }),
    writeBundle: () => writeFileSync(stamp, fingerprint),
  };
}

/** Puts the CSP into the built index.html (not in dev, where Vite injects inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'outpost-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/; frame-ancestors 'none'/, '')}" />`,
      ),
  };
}

export default defineConfig({
  main: {
    build: {
      // Everything the main process runs is bundled, so the package carries no node_modules but
      // the one native module (electron.builder.yml).
      externalizeDeps: false,
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // The workspace worker (database, services, sync) beside the main process's bundle.
          workspaceWorker: resolve('src/hosts/worker/workspaceWorkerMain.ts'),
          // The daily backup's own thread, started by the workspace worker.
          backupThread: resolve('src/hosts/worker/backupThreadMain.ts'),
        },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload can only be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), contentSecurityPolicy(), buildStamp()],
    build: {
      minify: true,
      chunkSizeWarningLimit: 1200,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
