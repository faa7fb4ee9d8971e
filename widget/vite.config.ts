/**
 * The widget build: `.output/widget/inscope-widget.js` (one file for a plain <script>, global
 * `InScope`) and `inscope-widget.mjs` (an ES module), and beside them `inscope-vocabulary.json`,
 * the procedure vocabulary the widget loads at mount (too large for a script's budget, cached by
 * the browser and revalidated by ETag). Prints each file's gzipped size and fails the build when a
 * script exceeds its 40 KB budget (issue 5). Every script is ASCII (non-ASCII text as escapes), so
 * a host page declared in any character set reads it the same. The verdict side is a module of its own,
 * `inscope-engine.mjs`, that both scripts import when they mount (widget/engine.ts), with the booking
 * and catalog reader it imports, `inscope-reader.mjs` and `inscope-matcher.mjs`; the roster file readers are another,
 * `inscope-load.mjs`, that it imports for a roster fetched by URL, and the vocabulary's compiler
 * `inscope-compile.mjs`.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';
import { BUILTIN_VOCABULARY_DATA } from '../lib/vocabulary/builtin';

export const WIDGET_BUDGET_BYTES = 40 * 1024;
const outDir = resolve(import.meta.dirname, '../.output/widget');

/** The shipped vocabulary as the file beside the widget's script. */
function vocabularyFile(): Plugin {
  return {
    name: 'inscope-widget-vocabulary',
    generateBundle(options) {
      // Once, beside the script-tag build.
      if (options.format !== 'iife') return;
      this.emitFile({ type: 'asset', fileName: 'inscope-vocabulary.json', source: JSON.stringify(BUILTIN_VOCABULARY_DATA) });
    },
  };
}

/** The verdict side, `inscope-engine.mjs`: an ES module both builds of the script import when they mount. */
function engineModule(shared: () => InlineConfig): Plugin {
  let done = false;
  return {
    name: 'inscope-widget-engine',
    async closeBundle() {
      // Two output formats close the bundle twice; the module is built once.
      if (done) return;
      done = true;
      const config = shared();
      await build({
        ...config, configFile: false,
        plugins: [dropPureNotes(), sizeReport()],
        build: {
          ...config.build, emptyOutDir: false,
          lib: { entry: resolve(import.meta.dirname, 'engine.ts'), formats: ['es'], fileName: () => 'inscope-engine.mjs' },
          // The roster file readers (widget/roster.ts imports them when a roster comes by URL) are
          // `inscope-load.mjs` beside it, the vocabulary's schema and compiler `inscope-compile.mjs`.
          rollupOptions: {
            ...config.build?.rollupOptions, preserveEntrySignatures: 'allow-extension',
            // The booking and catalog reader is a file of its own that the engine imports: each
            // stays within the budget as the vocabulary's rules grow.
            // (Two files since the reader reached its budget: the text reader `inscope-reader.mjs`, with the
            // coded-title reading, and
            // the catalog matcher `inscope-matcher.mjs`; and, since the matcher reached its budget, a line's
            // limits (ages, levels, weights, measures) and wordings (line-words.ts) `inscope-limits.mjs`.)
            output: {
              chunkFileNames: 'inscope-[name].mjs',
              manualChunks: (id) => (/[\\/]lib[\\/]vocabulary[\\/](?:read|words|coded)\.ts$/.test(id) ? 'reader'
                : /[\\/]lib[\\/]procedures[\\/]matcher\.ts$/.test(id) ? 'matcher'
                : /[\\/]lib[\\/]procedures[\\/](?:ages|levels|weights|measures|line-words|part-words)\.ts$/.test(id) ? 'limits' : undefined),
            },
          },
        },
      });
    },
  };
}

function sizeReport(): Plugin {
  return {
    name: 'inscope-widget-size',
    writeBundle(_options, bundle) {
      for (const file of Object.keys(bundle).sort()) {
        const bytes = readFileSync(resolve(outDir, file));
        const gz = gzipSync(bytes, { level: 9 }).length;
        const script = /\.m?js$/.test(file);
        const over = script && gz > WIDGET_BUDGET_BYTES;
        console.log(`widget: ${file.padEnd(24)} ${(bytes.length / 1024).toFixed(1).padStart(6)} KB, ${(gz / 1024).toFixed(1).padStart(5)} KB gzipped (${script ? `budget ${WIDGET_BUDGET_BYTES / 1024} KB` : 'data, loaded and cached at mount'})${over ? ' — OVER BUDGET' : ''}`);
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

const shared = (): InlineConfig => ({
  logLevel: 'warn',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  define: { __INSCOPE_WIDGET__: 'true' },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: 'terser',
    terserOptions: { compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true }, toplevel: true, format: { comments: false, ascii_only: true } },
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

export default defineConfig({
  ...shared(),
  plugins: [dropPureNotes(), vocabularyFile(), sizeReport(), engineModule(shared)],
});
