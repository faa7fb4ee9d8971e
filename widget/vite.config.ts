/**
 * The widget build: `.output/widget/inscope-widget.js` (one file for a plain <script>, global
 * `InScope`) and `inscope-widget.mjs` (an ES module). Prints each file's gzipped size and fails
 * the build when the script exceeds its 40 KB budget (issue 5).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

export const WIDGET_BUDGET_BYTES = 40 * 1024;
const outDir = resolve(import.meta.dirname, '../.output/widget');

function sizeReport(): Plugin {
  return {
    name: 'inscope-widget-size',
    writeBundle(_options, bundle) {
      for (const file of Object.keys(bundle).sort()) {
        const bytes = readFileSync(resolve(outDir, file));
        const gz = gzipSync(bytes, { level: 9 }).length;
        const over = gz > WIDGET_BUDGET_BYTES;
        console.log(`widget: ${file.padEnd(22)} ${(bytes.length / 1024).toFixed(1).padStart(6)} KB, ${(gz / 1024).toFixed(1).padStart(5)} KB gzipped (budget ${WIDGET_BUDGET_BYTES / 1024} KB)${over ? ' — OVER BUDGET' : ''}`);
        if (over) this.error(`The widget's ${file} is ${(gz / 1024).toFixed(1)} KB gzipped, over its ${WIDGET_BUDGET_BYTES / 1024} KB budget.`);
      }
    },
  };
}

/**
 * The ES build keeps the `@__PURE__` notes minifiers leave for later bundlers (~240 of them);
 * the widget is one self-contained module with side effects, nothing to tree-shake further.
 */
function dropPureNotes(): Plugin {
  return {
    name: 'inscope-widget-drop-pure-notes',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = chunk.code.replaceAll('/* @__PURE__ */', '');
    },
  };
}

export default defineConfig({
  logLevel: 'warn',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  plugins: [dropPureNotes(), sizeReport()],
  define: { __INSCOPE_WIDGET__: 'true' },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: 'terser',
    terserOptions: { compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true }, toplevel: true, format: { comments: false } },
    reportCompressedSize: false,
    rollupOptions: {
      // zod's sources carry esbuild-style annotations rollup cannot place; harmless, and noisy.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
    lib: {
      entry: resolve(import.meta.dirname, 'index.ts'),
      name: 'InScope',
      formats: ['iife', 'es'],
      fileName: (format) => (format === 'es' ? 'inscope-widget.mjs' : 'inscope-widget.js'),
    },
  },
});
