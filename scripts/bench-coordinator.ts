// npm run bench:coordinator — the coordinator's deadlines board in Chromium with the built
// extension and a 5,000-practitioner roster: opening the board (the background lists every
// deadline, the page draws the rows in view) and filtering it, beside floors measured in the same
// run (the core listing the same deadlines in Node; drawing one static table of all of them in a
// page). Prints a table with each goal beside its measure; not a test.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { printTable } from './table';
import { generateRoster } from '../lib/demo/generate';
import { todayIso } from '../lib/dates';
import { deadlines, filterDeadlines } from '../lib/deadlines';
import { chromiumPath, launchWithExtension } from '../test/e2e/browser';

const N = Number(process.env.BENCH_PRACTITIONERS ?? 5_000);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main() {
  const today = todayIso();
  const roster = generateRoster({ practitioners: N, seed: 1, asOf: today });
  roster.generatedAt = new Date().toISOString();
  const path = join(mkdtempSync(join(os.tmpdir(), 'inscope-bench-')), 'roster.json');
  writeFileSync(path, JSON.stringify(roster));

  // Floors: the core's own listing and filtering, warm, in Node.
  const listRuns: number[] = [];
  let items = deadlines(roster.practitioners, roster.privileges, today);
  for (let k = 0; k < 7; k++) {
    const t = performance.now();
    items = deadlines(roster.practitioners, roster.privileges, today);
    listRuns.push(performance.now() - t);
  }
  const filterRuns: number[] = [];
  for (let k = 0; k < 7; k++) {
    const t = performance.now();
    filterDeadlines(items, { windows: ['expired'], search: 'li' });
    filterRuns.push(performance.now() - t);
  }
  // Floor: a plain page drawing one static table of every deadline (no script, no filters).
  const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const plainPage = await plain.newPage({ viewport: { width: 1280, height: 900 } });
  const esc = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<table>${items.map((i) => `<tr><td>${i.expires}</td><td>${i.daysLeft}</td><td>${esc(i.practitioner.name)}</td><td>${esc(i.what)}</td><td>${i.status}</td></tr>`).join('')}</table>`;
  const staticRuns: number[] = [];
  for (let k = 0; k < 3; k++) {
    await plainPage.setContent('<!doctype html><body></body>');
    staticRuns.push((await plainPage.evaluate(`(() => { const t = performance.now(); document.body.innerHTML = ${JSON.stringify(html)}; document.body.offsetHeight; return performance.now() - t; })()`)) as number);
  }
  await plain.close();

  const session = await launchWithExtension();
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.getByLabel('Import roster').setInputFiles(path);
  await popup.getByTestId('run-summary').waitFor({ timeout: 120_000 });
  await popup.close();

  const open: number[] = [];
  const filter: number[] = [];
  const search: number[] = [];
  let shown = 0;
  for (let k = 0; k < 3; k++) {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const t0 = Date.now();
    await page.goto(`chrome-extension://${session.extensionId}/coordinator.html#deadlines`);
    await page.getByTestId('deadline-row').first().waitFor({ timeout: 60_000 });
    open.push(Date.now() - t0);
    shown = await page.getByTestId('deadline-row').count();
    const summary = page.getByTestId('deadline-summary');
    const before = await summary.textContent();
    const t1 = await page.evaluate(() => performance.now());
    await page.getByRole('checkbox', { name: /Expired/ }).check();
    await page.waitForFunction((b) => document.querySelector('[data-testid="deadline-summary"]')?.textContent !== b, before);
    filter.push((await page.evaluate(() => performance.now())) - t1);
    const mid = await summary.textContent();
    const t2 = await page.evaluate(() => performance.now());
    await page.getByLabel('Search deadlines').fill('li');
    await page.waitForFunction((b) => document.querySelector('[data-testid="deadline-summary"]')?.textContent !== b, mid);
    search.push((await page.evaluate(() => performance.now())) - t2);
    await page.close();
  }
  await session.context.close();

  const openMs = median(open);
  printTable([
    ['what', 'measured', 'goal', 'ratio / result'],
    ['floor: the core listing every deadline (Node, warm)', ms(median(listRuns)), '', `${items.length.toLocaleString()} deadlines of ${N.toLocaleString()} practitioners`],
    ['floor: the core filtering them (Node, warm)', ms(median(filterRuns)), '', ''],
    ['floor: a static table of every deadline drawn in a page, incl. layout', ms(median(staticRuns)), '', ''],
    ['board opened (navigation → first rows drawn)', ms(openMs), '≤ 1 s', `${openMs <= 1000 ? 'met' : 'NOT met'}; ${(openMs / median(staticRuns)).toFixed(2)}× the static table; ${shown} rows in the DOM (drawn in view only)`],
    ['board filtered to expired (click → list redrawn)', ms(median(filter)), '≤ 100 ms', `${median(filter) <= 100 ? 'met' : 'NOT met'}`],
    ['board searched (typing → list redrawn)', ms(median(search)), '≤ 100 ms', `${median(search) <= 100 ? 'met' : 'NOT met'}`],
  ]);
}

main().catch((e) => {
  console.error(`bench:coordinator failed: ${(e as Error).message}`);
  process.exit(1);
});
