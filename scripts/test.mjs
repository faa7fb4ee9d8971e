#!/usr/bin/env node
// `npm test`: type check, lint, unit tests (vitest), a fresh extension build, then end-to-end tests (Playwright,
// Chromium with the built extension). Ends with one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = '.test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;
const bin = (name) => `node_modules/.bin/${name}`;
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });

// 0. Types: a type error is a failure like any other.
const tsc = run(bin('tsc'), ['--noEmit']);
if (tsc.status !== 0) {
  console.error('Type check failed.');
  failed += 1;
}

// 0b. Lint: the layers' import rules and unhandled promises (eslint.config.js).
const lint = run(bin('eslint'), ['.', '--max-warnings', '0']);
if (lint.status !== 0) {
  console.error('Lint failed.');
  failed += 1;
}

// 1. Unit tests.
const vitest = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}/vitest.json`]);
if (existsSync(`${out}/vitest.json`)) {
  const r = JSON.parse(readFileSync(`${out}/vitest.json`, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numTotalTestSuites && r.testResults.some((s) => s.status === 'failed' && !s.assertionResults.length) ? 1 : 0);
} else {
  console.error('vitest produced no results');
  failed += 1;
}
if (vitest.status !== 0 && failed === 0) failed += 1;

// 2. Build the extension and the widget the end-to-end tests load (the widget build fails over its size budget).
const build = run(bin('wxt'), ['build']);
const widget = build.status === 0 ? run(bin('vite'), ['build', '-c', 'widget/vite.config.ts']) : build;
if (build.status !== 0 || widget.status !== 0) {
  console.error('The build failed; end-to-end tests not run.');
  failed += 1;
} else {
  // 3. End-to-end tests.
  const e2e = run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json` });
  if (existsSync(`${out}/playwright.json`)) {
    const r = JSON.parse(readFileSync(`${out}/playwright.json`, 'utf8'));
    passed += r.stats.expected + r.stats.flaky;
    failed += r.stats.unexpected;
    if (r.errors?.length && r.stats.unexpected === 0) failed += r.errors.length;
  } else {
    failed += 1;
  }
  if (e2e.status !== 0 && failed === 0) failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
