// npm run bench:sync — the data plane's speed in Chromium with the built extension:
// importing a 50,000-practitioner demo roster through the popup (parse, validate, store, index),
// against a floor measured in the same run (a raw IndexedDB put of the very records the store
// wrote), and the index ready after service-worker cold starts. Prints a table; not a test.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { printTable } from './table';
import { join } from 'node:path';
import { generateRoster } from '../lib/demo/generate';
import { todayIso } from '../lib/dates';
import { launchWithExtension } from '../test/e2e/browser';

const N = Number(process.env.BENCH_PRACTITIONERS ?? 50_000);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const roster = generateRoster({ practitioners: N, seed: 1, asOf: todayIso() });
  roster.generatedAt = new Date().toISOString();
  const grants = roster.practitioners.reduce((n, p) => n + p.privileges.length, 0);
  const creds = roster.practitioners.reduce((n, p) => n + p.credentials.length, 0);
  const path = join(mkdtempSync(join(os.tmpdir(), 'inscope-bench-')), 'roster.json');
  const text = JSON.stringify(roster);
  writeFileSync(path, text);

  const session = await launchWithExtension();
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.getByTestId('status').waitFor();

  // 1. Import end to end, as the coordinator does it.
  const t0 = Date.now();
  await page.getByLabel('Import roster').setInputFiles(path);
  await page.getByTestId('run-summary').waitFor({ timeout: 180_000 });
  const wallMs = Date.now() - t0;
  const runs = (await page.evaluate(`chrome.runtime.sendMessage({ type: 'runs' })`)) as { runs: Array<{ outcome: string; summary: string; durationMs: number; timings: Record<string, number> }> };
  const run = runs.runs[0];
  if (run.outcome !== 'imported') throw new Error(`import failed: ${run.summary}`);

  // 2. The floor: the very records the store wrote, put into a fresh database with raw IndexedDB.
  // (Page code is passed as text: the TypeScript runner's helpers do not exist in the page.)
  const floor = (await page.evaluate(`(async () => {
    // Dexie's version 1 is IndexedDB version 10: open without a version to get what is there.
    const open = (name, upgrade) => new Promise((resolve, reject) => {
      const r = upgrade ? indexedDB.open(name, 1) : indexedDB.open(name);
      r.onupgradeneeded = () => upgrade && upgrade(r.result);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const src = await open('inscope');
    const all = (store) => new Promise((resolve, reject) => {
      const q = src.transaction(store).objectStore(store).getAll();
      q.onsuccess = () => resolve(q.result);
      q.onerror = () => reject(q.error);
    });
    const chunks = await all('chunks');
    const active = (await all('generations')).filter((g) => g.state === 'active');
    const people = await all('people');
    const rules = await all('rules');
    indexedDB.deleteDatabase('bench-floor');
    const dst = await open('bench-floor', (db) => {
      db.createObjectStore('chunks', { keyPath: ['generation', 'index'] });
      db.createObjectStore('generations', { autoIncrement: true });
      db.createObjectStore('people', { keyPath: 'generation' });
      db.createObjectStore('rules', { keyPath: 'generation' });
    });
    const t = performance.now();
    await new Promise((resolve, reject) => {
      const tx = dst.transaction(['chunks', 'generations', 'people', 'rules'], 'readwrite');
      for (const c of chunks) tx.objectStore('chunks').put(c);
      for (const r of people) tx.objectStore('people').put(r);
      for (const r of rules) tx.objectStore('rules').put(r);
      for (const g of active) tx.objectStore('generations').put(g);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const ms = performance.now() - t;
    const bytes = chunks.reduce((n, c) => n + JSON.stringify(c.data).length, 0);
    dst.close();
    src.close();
    indexedDB.deleteDatabase('bench-floor');
    return { ms, records: chunks.length + active.length + people.length + rules.length, bytes };
  })()`)) as { ms: number; records: number; bytes: number };

  // 3. Cold starts: stop the worker, then ask it something.
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const cold: Array<{ roundTripMs: number; builtMs: number; readyAtMs: number; caseMs: number; spreadMs: number }> = [];
  for (let i = 0; i < 5; i++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
    const names = JSON.stringify(roster.practitioners.slice(0, 60).map((p) => p.npi));
    // A 2,000-row page's surgeons, spread over the whole roster (every chunk of it).
    const spread = JSON.stringify(roster.practitioners.filter((_, k) => k % 25 === i).map((p) => p.npi));
    const r = (await page.evaluate(`(async () => {
      const send = (m) => chrome.runtime.sendMessage(m);
      const t = performance.now();
      const status = await send({ type: 'status' });
      const roundTripMs = performance.now() - t;
      const t2 = performance.now();
      await send({ type: 'evaluateCases', cases: ${names}.map((n) => ({ practitioner: n, procedure: 'LAP CHOLE W/ IOC' })) });
      const caseMs = performance.now() - t2;
      const t3 = performance.now();
      await send({ type: 'evaluateCases', cases: ${spread}.map((n) => ({ practitioner: n, procedure: 'LAP CHOLE W/ IOC' })) });
      return { roundTripMs, caseMs, spreadMs: performance.now() - t3, ...status.status.index };
    })()`)) as { roundTripMs: number; caseMs: number; spreadMs: number; builtMs: number; readyAtMs: number };
    cold.push(r);
  }
  await session.context.close();

  const t = run.timings;
  const rows: string[][] = [
    ['step', 'measured', 'goal', 'ratio'],
    ['floor: raw IndexedDB put of the stored records', `${floor.ms.toFixed(0)} ms`, '', `1.00× (${floor.records} records, ${(floor.bytes / 2 ** 20).toFixed(0)} MiB)`],
    ['JSON.parse', `${t.parseMs.toFixed(0)} ms`, '', ''],
    ['validate (zod)', `${t.validateMs.toFixed(0)} ms`, '', ''],
    ['store: diff, chunk, write, switch (Dexie)', `${t.storeMs.toFixed(0)} ms`, '≤ 1.5× floor', `${(t.storeMs / floor.ms).toFixed(2)}× floor`],
    ['  of which diff', `${t.diffMs.toFixed(0)} ms`, '', ''],
    ['  of which people, name keys, rules index and chunk writes', `${(t.serializeMs + t.writeMs).toFixed(0)} ms`, '', `${((t.serializeMs + t.writeMs) / floor.ms).toFixed(2)}× floor`],
    ['  of which switch + clean up', `${(t.switchMs + t.cleanupMs).toFixed(0)} ms`, '', ''],
    ['index (name index + matcher)', `${t.indexMs.toFixed(0)} ms`, '', ''],
    ['import in the background, end to end', `${run.durationMs} ms`, '≤ 5000 ms', `${(run.durationMs / floor.ms).toFixed(2)}× floor`],
    ['import as the user sees it (file chosen → report)', `${wallMs} ms`, '', `${(wallMs / floor.ms).toFixed(2)}× floor`],
    ['cold start: indexes ready after worker start (median of 5)', `${median(cold.map((c) => c.readyAtMs)).toFixed(0)} ms`, '≤ 300 ms', ''],
    ['cold start: index build itself', `${median(cold.map((c) => c.builtMs)).toFixed(0)} ms`, '', ''],
    ['cold start: first message round trip', `${median(cold.map((c) => c.roundTripMs)).toFixed(0)} ms`, '', ''],
    ['then 60 cases evaluated', `${median(cold.map((c) => c.caseMs)).toFixed(0)} ms`, '', ''],
    ['then 2,000 cases of practitioners spread over the roster', `${median(cold.map((c) => c.spreadMs)).toFixed(0)} ms`, '', ''],
  ];
  console.log(`InScope sync benchmark — ${N.toLocaleString()} practitioners, ${(grants / N).toFixed(1)} grants and ${(creds / N).toFixed(1)} credentials each, ${(text.length / 2 ** 20).toFixed(0)} MiB of JSON`);
  console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Chromium headless`);
  console.log('');
  printTable(rows);
}

main().catch((e) => {
  console.error(`bench:sync failed: ${(e as Error).message}`);
  process.exit(1);
});
