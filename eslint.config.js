// Lint, run by `npm test`. Two jobs:
// 1. The layers (README, "Layout"): lib/ is the pure core; page/ (DOM: scanning, the overlay) builds
//    on it; extension/ (background, storage, messaging, its pages) and widget/ build on page/; cli/
//    builds on lib/ alone. An import that crosses a layer the wrong way is an error.
// 2. Promises: a promise nobody awaits or handles is an error (type-aware).
import tseslint from 'typescript-eslint';

const layer = (name, forbidden, packages = []) => ({
  name: `inscope/layer-${name}`,
  files: [`${name}/**/*.{ts,tsx}`],
  ignores: ['**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        ...forbidden.map((dir) => ({
          regex: `^(\\.\\./)+${dir}(/|$)`,
          message: `${name}/ may not import ${dir}/ (see eslint.config.js: the layers).`,
        })),
        ...packages.map((pkg) => ({ regex: `^${pkg}(/|$)`, message: `${name}/ may not use ${pkg} (see eslint.config.js: the layers).` })),
      ],
    }],
  },
});

const BROWSER_EXTENSION = ['webextension-polyfill', 'wxt', '@wxt-dev', 'dexie'];
const UI = ['preact', '@preact'];
const NODE = ['node:'];

export default tseslint.config(
  { ignores: ['.*', 'node_modules/**', '.output/**', '.wxt/**', 'demo-output/**', 'test-results/**', '.test-results/**', 'playwright-report/**', '**/*.js', '**/*.mjs', '.helpers/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'off',
    },
  },
  layer('lib', ['page', 'extension', 'widget', 'cli', 'entrypoints', 'scripts', 'test', 'demo'], [...BROWSER_EXTENSION, ...UI, ...NODE]),
  layer('page', ['extension', 'widget', 'cli', 'entrypoints', 'scripts', 'test'], [...BROWSER_EXTENSION, ...NODE]),
  layer('extension', ['widget', 'cli', 'entrypoints', 'scripts', 'test'], NODE),
  layer('widget', ['extension', 'cli', 'entrypoints', 'scripts', 'test'], [...BROWSER_EXTENSION]),
  layer('cli', ['page', 'extension', 'widget', 'entrypoints', 'scripts', 'test'], [...BROWSER_EXTENSION, ...UI]),
);
