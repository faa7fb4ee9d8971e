// npm run bench:overlay — the page overlay's speed in Chromium, everything side by side in one
// run: a 2,000-row schedule page (~50,000 DOM nodes) with a 50,000-practitioner roster.
// Floors (a bare TreeWalker pass; the page's own initial layout), peers (mark.js markRegExp and
// findAndReplaceDOMText with one combined regular expression of the roster's names) and InScope
// (scan, match, writes, the layout they cause; appended rows; memory). Prints a table.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { printTable } from './table';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { generateRoster, rng } from '../lib/demo/generate';
import { todayIso, addDays } from '../lib/dates';
import type { Roster } from '../lib/roster/schema';
import { Engine, type CaseInput } from '../lib/engine';
import { chromiumPath, launchWithExtension } from '../test/e2e/browser';
import { builtinVocabulary } from '../lib/vocabulary/builtin';

const vocabulary = builtinVocabulary();

const ROWS = 2000;
const N = 50_000;

function benchPage(roster: Roster, today: string): { html: string; js: string; cases: CaseInput[] } {
  const random = rng(3);
  const corpus = readFileSync(new URL('../test/corpus/bookings.tsv', import.meta.url), 'utf8')
    .split('\n').filter((l) => l && !l.startsWith('#')).slice(1).map((l) => l.split('\t')[1]);
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const cases: CaseInput[] = [];
  const row = (i: number) => {
    const p = roster.practitioners[Math.floor(random() * roster.practitioners.length)];
    const d = addDays(today, 1 + (i % 14));
    const practitioner = `${p.name.family}, ${p.name.given.join(' ')}`;
    const procedure = corpus[Math.floor(random() * corpus.length)];
    if (i < ROWS) cases.push({ practitioner, procedure, date: d });
    return `<tr><td>OR ${1 + (i % 20)}</td><td>${String(7 + (i % 11)).padStart(2, '0')}:00</td><td>C-${100000 + i}</td><td>${d}</td>`
      + `<td>Patient ${i}<br><small>MRN ${1000000 + i}</small></td><td>${esc(practitioner)}</td>`
      + `<td>${esc(procedure)}</td><td></td><td>Staff ${i % 50}</td><td>Scheduled</td></tr>`;
  };
  const rowHtml = Array.from({ length: ROWS }, (_, i) => row(i));
  const rows = rowHtml.join('\n');
  const more = Array.from({ length: 200 }, (_, i) => row(ROWS + i));
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Bench board</title>
<style>table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:2px 4px}</style></head><body>
<h1>OR board</h1><table id="board"><thead><tr><th>Room</th><th>Start</th><th>Case #</th><th>Date</th><th>Patient</th><th>Surgeon</th><th>Procedure</th><th>CPT</th><th>Anesthesia</th><th>Status</th></tr></thead>
<tbody>${rows}</tbody></table><script src="/bench.js"></script></body></html>`;
  // A virtualised grid recycling rows: 200 rows take the text of 200 others the page already showed.
  const recycle = `window.recycleRows = () => { const rows = document.querySelectorAll('#board tbody tr'); const t = performance.now(); for (let i = 0; i < 200; i++) { for (const c of [3, 5, 6]) rows[i].cells[c].firstChild.nodeValue = rows[1000 + i].cells[c].firstChild.nodeValue; } return t; };`;
  // 200 more cases of practitioners the board already shows, as a board loading its next page of
  // the same day does: the same surgeons, the same bookings, on the same dates.
  const known = `window.appendKnown = () => { const t = performance.now(); document.querySelector('#board tbody').insertAdjacentHTML('beforeend', ${JSON.stringify(rowHtml.slice(500, 700).map((r) => r.replace(/C-(\d+)/, 'C-9$1')).join(''))}); return t; };`;
  // The page lays itself out once it has loaded, as a browser does before an extension's
  // document_idle script runs: InScope's writes then cause a relayout of their own, measured apart.
  const js = recycle + known + `window.appendRows = () => { const t = performance.now(); document.querySelector('#board tbody').insertAdjacentHTML('beforeend', ${JSON.stringify(more.join(''))}); return t; }; document.body.offsetHeight;`;
  return { html, js, cases };
}

interface Metrics { [k: string]: number }
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: m } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(m.map((x: { name: string; value: number }) => [x.name, x.value]));
}

async function heap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const u = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  return u.usedSize + (u.backingStorageSize ?? 0);
}

async function openWithMetrics(browserPage: Page, url: string): Promise<CDPSession> {
  const cdp = await browserPage.context().newCDPSession(browserPage);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  await browserPage.goto(url);
  return cdp;
}

const ms = (s: number) => `${s.toFixed(1)} ms`;

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; args?: Record<string, unknown> }

/** Starts a Chrome trace of layout and user-timing events for this page. */
async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReturnAsStream' });
}

async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const events = cdp as unknown as { once(event: string, listener: (e: { stream: string }) => void): void };
  const done = new Promise<string>((resolve) => events.once('Tracing.tracingComplete', (e) => resolve(e.stream)));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream })) as { data: string; eof: boolean; base64Encoded?: boolean };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents ?? [];
}

/** Layout time and count before and after the first InScope commit, in the same page. */
function layoutSplit(events: TraceEvent[]): { pageMs: number; pageCount: number; oursMs: number; oursCount: number } {
  const mark = events.find((e) => e.name === 'inscope:write-start');
  const layouts = events.filter((e) => e.name === 'Layout' && e.ph === 'X' && e.dur !== undefined);
  const at = mark?.ts ?? Infinity;
  const before = layouts.filter((e) => e.ts < at);
  const after = layouts.filter((e) => e.ts >= at);
  const sum = (xs: TraceEvent[]) => xs.reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;
  return { pageMs: sum(before), pageCount: before.length, oursMs: sum(after), oursCount: after.length };
}
async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

/**
 * BENCH_PROFILE: where the content script's time went (self time, sampled), longest first; a DOM
 * call's time is put with the content-script function that made it ("querySelectorAll ← pageDate").
 */
async function printProfile(cdp: CDPSession): Promise<void> {
  type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const byNode = new Map<number, number>();
  profile.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const parent = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const ours = (n: ProfileNode) => n.callFrame.url.includes('content-scripts');
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber}`;
  const self = new Map<string, number>();
  for (const n of profile.nodes) {
    let k = name(n);
    if (!ours(n)) {
      const caller = parent.get(n.id);
      if (n.callFrame.url || !caller || !ours(caller)) {
        if (n.callFrame.functionName !== '(garbage collector)') continue;
      } else k = `${n.callFrame.functionName} ← ${name(caller)}`;
    }
    self.set(k, (self.get(k) ?? 0) + (byNode.get(n.id) ?? 0));
  }
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 24).map(([k, us]) => `${(us / 1000).toFixed(1).padStart(6)} ms  ${k}`).join('\n'));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The least extension messaging costs: a bare extension (no InScope code) whose content script waits
 * for the page's next frame and reads the same 2,000 cases, as InScope's does, posts them on a port
 * to a background that answers each with a brief of the same shape. The first round trip on a
 * fresh page (the background warm), median of three pages.
 */
async function echoRoundTrip(url: string): Promise<number> {
  const dir = mkdtempSync(join(os.tmpdir(), 'inscope-echo-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'echo', version: '1', background: { service_worker: 'bg.js' }, host_permissions: ['http://localhost/*'],
    content_scripts: [{ matches: ['http://localhost/*'], js: ['cs.js'], run_at: 'document_idle' }],
  }));
  writeFileSync(join(dir, 'bg.js'), `chrome.runtime.onConnect.addListener((port) => port.onMessage.addListener((m) => port.postMessage({ id: m.id, reply: { ok: true, verdicts: m.request.cases.map((c, i) => ({ verdict: 'ok', practitioner: { id: 'P' + (100000 + i), name: c.practitioner } })) } })));`);
  writeFileSync(join(dir, 'cs.js'), `requestAnimationFrame(() => setTimeout(() => {
    const port = chrome.runtime.connect({ name: 'echo' });
    const cases = [...document.querySelector('#board').tBodies[0].rows].map((r) => ({ practitioner: r.cells[5].textContent, procedure: r.cells[6].textContent, date: r.cells[3].textContent }));
    const t = performance.now();
    port.onMessage.addListener((m) => document.documentElement.setAttribute('data-echo', String(performance.now() - t + m.reply.verdicts.length * 0)));
    port.postMessage({ id: 1, request: { type: 'evaluateCases', cases } });
  }, 0));`);
  const { context } = await launchWithExtension({ dir });
  const out: number[] = [];
  for (let k = 0; k < 4; k++) {
    const p = await context.newPage();
    await p.goto(url);
    await p.waitForFunction(() => document.documentElement.hasAttribute('data-echo'), undefined, { timeout: 30_000 });
    // The first page's round trip is the background's first too: not counted.
    if (k > 0) out.push(Number(await p.evaluate(() => document.documentElement.getAttribute('data-echo'))));
    await p.close();
  }
  await context.close();
  return median(out);
}

async function main() {
  const today = todayIso();
  const roster = generateRoster({ practitioners: N, seed: 1, asOf: today });
  roster.generatedAt = new Date().toISOString();
  const page = benchPage(roster, today);
  const markJs = readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8');
  const farJs = readFileSync('node_modules/findandreplacedomtext/src/findAndReplaceDOMText.js', 'utf8');
  // One combined regular expression of the roster's names, as the page prints them.
  const names = [...new Set(roster.practitioners.map((p) => `${p.name.family}, ${p.name.given.join(' ')}`))]
    .sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = `(?:${names.join('|')})`;

  // The engine answering the page's 2,000 cases (in Node, warm, as the background answers a reload).
  const engine = new Engine(roster, { vocabulary });
  const engineRuns: number[] = [];
  for (let k = 0; k < 6; k++) {
    const t = performance.now();
    for (const c of page.cases) engine.evaluateCase(c, { today });
    engineRuns.push(performance.now() - t);
  }
  const engineFloor = median(engineRuns.slice(1));

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/bench.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(page.html);
    if (path === '/bench.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(page.js);
    if (path === '/mark.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(markJs);
    if (path === '/far.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(farJs);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://localhost:${(server.address() as AddressInfo).port}/bench.html`;

  // Browser B: no extension — floors, peers, control.
  const plain: Browser = await chromium.launch({
    executablePath: chromiumPath(), headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // Functions passed to evaluate() carry tsx's __name helper: give pages a no-op one.
  const NAME_SHIM = 'globalThis.__name = (f) => f;';
  const plainContext = await plain.newContext({ viewport: { width: 1280, height: 900 } });
  await plainContext.addInitScript(NAME_SHIM);
  const control = await plainContext.newPage();
  const controlCdp = await openWithMetrics(control, url);
  await control.waitForTimeout(500);
  const nodes = await control.evaluate(() => document.getElementsByTagName('*').length + document.evaluate('count(//text())', document, null, XPathResult.NUMBER_TYPE, null).numberValue);
  const walker = await control.evaluate(() => {
    const runs = [];
    for (let r = 0; r < 7; r++) {
      const t = performance.now();
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      while (w.nextNode()) n++;
      runs.push(performance.now() - t + n * 0);
    }
    return runs.sort((a, b) => a - b)[3];
  });
  const controlHeap = await heap(controlCdp);

  const peer = async (lib: string, call: string) => {
    const p = await plainContext.newPage();
    const cdp = await openWithMetrics(p, url);
    await p.addScriptTag({ url: `/${lib}` });
    await p.waitForTimeout(300);
    const m0 = await metrics(cdp);
    const took = await p.evaluate(`(() => { const re = new RegExp(${JSON.stringify(pattern)}, 'g'); const t = performance.now(); ${call}; document.body.offsetHeight; return performance.now() - t; })()`) as number;
    const m1 = await metrics(cdp);
    const marks = await p.evaluate(() => document.querySelectorAll('mark').length);
    await p.close();
    return { took, layout: (m1.LayoutDuration - m0.LayoutDuration) * 1000, layouts: m1.LayoutCount - m0.LayoutCount, marks };
  };
  const markjs = await peer('mark.js', "new Mark(document.body).markRegExp(re, { acrossElements: false })");
  const far = await peer('far.js', "findAndReplaceDOMText(document.body, { find: re, wrap: 'mark' })");
  // What InScope's own steps cost at the least, each measured bare: the content script runs in an
  // isolated world (DOM calls cost more there than in the page's), so these run in one too.
  const isolated = async (p: Page, expression: string): Promise<number> => {
    const cdp = await p.context().newCDPSession(p);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bench' })) as { executionContextId: number };
    const { result } = (await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true })) as { result: { value: number } };
    return result.value;
  };
  const bare = async (expression: string, world: 'isolated' | 'page' = 'isolated', runs = 3) => {
    const out: number[] = [];
    for (let k = 0; k < runs; k++) {
      const p = await plainContext.newPage();
      await p.goto(url);
      await p.waitForTimeout(300);
      out.push(world === 'page' ? ((await p.evaluate(expression)) as number) : await isolated(p, expression));
      await p.close();
    }
    return median(out);
  };
  // The least any inline badge costs: one plain span appended in each row's procedure cell, and the relayout it causes.
  // (In the page's own world, the median of three pages like the other floors: one page alone varied 165–410 ms.)
  const spans = await bare(`(() => { const t = performance.now(); for (const r of document.querySelectorAll('#board tbody tr')) { const s = document.createElement('span'); s.textContent = ' OK'; r.cells[6].append(s); } document.body.offsetHeight; return performance.now() - t; })()`, 'page');
  const ROWS_OF = "[...document.querySelector('#board').tBodies[0].rows]";
  // Reading the four case columns of every row (text only: no dates parsed, nothing compared).
  const readFloor = await bare(`(() => { const rows = ${ROWS_OF}; const t = performance.now(); let n = 0; for (const r of rows) { const c = r.cells; n += c[3].textContent.length + c[5].textContent.length + c[6].textContent.length + c[7].textContent.length; } return performance.now() - t + n * 0; })()`);
  // The least a Shadow DOM badge is: a host, its shadow root with the shared sheet, one button.
  const badgeFloor = await bare(`(() => { const sheet = new CSSStyleSheet(); sheet.replaceSync('button { font: 11px system-ui }'); const cells = ${ROWS_OF}.map((r) => r.cells[6]); const t = performance.now(); for (const cell of cells) { const h = document.createElement('inscope-badge'); const root = h.attachShadow({ mode: 'open' }); root.adoptedStyleSheets = [sheet]; const b = document.createElement('button'); b.textContent = 'OK'; root.append(b); cell.append(h); } return performance.now() - t; })()`);
  // What messaging copies on the content script's side: the cases out, one short answer each back.
  const jsonFloor = await bare(`(() => { const rows = ${ROWS_OF}.map((r) => ({ practitioner: r.cells[5].textContent, procedure: r.cells[6].textContent, date: r.cells[3].textContent })); const t = performance.now(); const sent = JSON.stringify({ type: 'evaluateCases', cases: rows }); const back = JSON.parse(JSON.stringify({ ok: true, verdicts: rows.map((x, i) => ({ verdict: 'ok', practitioner: { id: 'P' + (100000 + i), name: x.practitioner } })) })); return performance.now() - t + sent.length * 0 + back.verdicts.length * 0; })()`);
  // InScope's own badge at the least: a Shadow DOM host with the overlay's stylesheet and a button, in
  // each row, and the relayout it causes — what any badge of this look costs before InScope does anything.
  const css = readFileSync('page/overlay/overlay.css', 'utf8');
  const styledBadges = await bare(`(() => { const sheet = new CSSStyleSheet(); sheet.replaceSync(${JSON.stringify(css)}); const cells = ${ROWS_OF}.map((r) => r.cells[6]); const t = performance.now(); for (const cell of cells) { const h = document.createElement('inscope-badge'); const root = h.attachShadow({ mode: 'closed' }); root.adoptedStyleSheets = [sheet]; const b = document.createElement('button'); b.className = 'badge ok'; b.textContent = '✓ OK'; root.append(b); cell.append(h); } document.body.offsetHeight; return performance.now() - t; })()`);
  // A badge that takes no room (absolutely positioned): the table still lays out again.
  const absSpans = await bare(`(() => { const rows = ${ROWS_OF}; const t = performance.now(); for (const r of rows) { const s = document.createElement('span'); s.textContent = ' OK'; s.style.position = 'absolute'; r.cells[6].append(s); } document.body.offsetHeight; return performance.now() - t; })()`);
  // The page's own relayout when it appends 200 rows (before any badge can be drawn with them).
  const pageAppend = await bare('(() => { const t = window.appendRows(); document.body.offsetHeight; return performance.now() - t; })()', 'page');
  await plain.close();
  const messagingFloor = await echoRoundTrip(url);

  // Browser A: InScope, with the roster imported.
  const session = await launchWithExtension();
  await session.context.addInitScript(NAME_SHIM);
  const rosterPath = join(mkdtempSync(join(os.tmpdir(), 'inscope-bench-')), 'roster.json');
  writeFileSync(rosterPath, JSON.stringify(roster));
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.getByLabel('Import roster').setInputFiles(rosterPath);
  await popup.getByTestId('run-summary').waitFor({ timeout: 120_000 });
  await popup.close();

  const runs: Array<Record<string, number>> = [];
  type Phases = { took: number; toChanged: number; toScan: number; scan: number; match: number; write: number };
  const mutations: Array<Record<'append' | 'known' | 'recycle', Phases>> = [];
  let inscopeHeap = 0;
  // Five loads of the page, the median of each step: this machine varies ±30% between loads.
  for (let r = 0; r < 5; r++) {
    const p = await session.context.newPage();
    await p.setViewportSize({ width: 1280, height: 900 });
    const cdp = await p.context().newCDPSession(p);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    await startTrace(cdp);
    const profiling = process.env.BENCH_PROFILE === '1' && r === 0;
    if (profiling) await startProfile(cdp);
    await p.goto(url);
    await p.waitForFunction(() => performance.getEntriesByName('inscope:committed').some((m) => (m as PerformanceMark).detail?.cases >= 2000), undefined, { timeout: 60_000 });
    await p.waitForTimeout(800);
    if (profiling) await printProfile(cdp);
    const trace = await endTrace(cdp);
    const split = layoutSplit(trace);
    if (process.env.BENCH_DEBUG && r === 0) {
      // What ran inside InScope's first scan window, longest first.
      const s0 = trace.find((e) => e.name === 'inscope:scan-start')?.ts ?? 0;
      const s1 = trace.find((e) => e.name === 'inscope:scanned')?.ts ?? 0;
      const inside = trace.filter((e) => e.ph === 'X' && e.ts >= s0 && e.ts <= s1 && (e.dur ?? 0) > 2000);
      const w0 = trace.find((e) => e.name === 'inscope:write-start')?.ts ?? 0;
      console.log('layouts (ms after write-start: duration):', trace.filter((e) => e.name === 'Layout' && e.ph === 'X').map((e) => `${((e.ts - w0) / 1000).toFixed(0)}: ${((e.dur ?? 0) / 1000).toFixed(1)}`).join('; '));
      console.log('style recalcs:', trace.filter((e) => (e.name === 'UpdateLayoutTree' || e.name === 'RecalculateStyles') && e.ph === 'X').map((e) => `${((e.ts - w0) / 1000).toFixed(0)}: ${((e.dur ?? 0) / 1000).toFixed(1)}`).join('; '));
      console.log(`scan window ${((s1 - s0) / 1000).toFixed(1)} ms:`, inside.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 8).map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join('; '));
    }
    const t = await p.evaluate(() => {
      const get = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
      const idx = performance.getEntriesByName('inscope:committed').findIndex((x) => (x as PerformanceMark).detail?.cases >= 2000);
      const at = (n: string) => performance.getEntriesByName(n)[idx]?.startTime ?? get(n);
      return {
        scan: at('inscope:scanned') - at('inscope:scan-start'),
        match: at('inscope:matched') - at('inscope:scanned'),
        write: at('inscope:committed') - at('inscope:write-start'),
        endToEnd: at('inscope:committed') - at('inscope:scan-start'),
        // From the page's navigation start: what a scheduler waits for, the page's own load and paint included.
        fromNavigation: at('inscope:committed'),
        badges: document.querySelectorAll('[data-inscope-kind="case"]').length,
      };
    });
    runs.push({ ...t, layout: split.oursMs, layouts: split.oursCount, pageLayout: split.pageMs, pageLayouts: split.pageCount });
    if (r > 0) {
      // Every load but the first after the import: one load alone varied 21–89 ms on recycled rows.
      const phases = (t0: number) => p.evaluate((t) => {
        const last = (n: string) => performance.getEntriesByName(n).at(-1)!.startTime;
        return { toChanged: last('inscope:changed') - t, toScan: last('inscope:scan-start') - last('inscope:changed'), scan: last('inscope:scanned') - last('inscope:scan-start'), match: last('inscope:matched') - last('inscope:scanned'), write: last('inscope:committed') - last('inscope:matched') };
      }, t0);
      const mutate = async (fn: string) => {
        const before = await p.evaluate(() => performance.getEntriesByName('inscope:committed').length);
        // BENCH_PROFILE=recycle (or append, known): where that mutation's time goes, on the second load.
        const profileThis = r === 1 && process.env.BENCH_PROFILE === fn.replace(/Rows$|^append(?=Known)/, '').toLowerCase();
        if (profileThis) await startProfile(cdp);
        const start = (await p.evaluate(`window.${fn}()`)) as number;
        await p.waitForFunction((n) => performance.getEntriesByName('inscope:committed').length > n, before, { timeout: 10_000 });
        const took = (await p.evaluate(() => performance.getEntriesByName('inscope:committed').at(-1)!.startTime)) - start;
        if (profileThis) await printProfile(cdp);
        return { took, ...(await phases(start)) };
      };
      mutations.push({ append: await mutate('appendRows'), known: await mutate('appendKnown'), recycle: await mutate('recycleRows') });
      if (r === 2) inscopeHeap = await heap(cdp);
    }
    await p.close();
  }
  await session.context.close();
  server.close();

  const pick = (k: string) => median(runs.map((x) => x[k]));
  // Each mutation's median load, with its own phases.
  const mutation = (k: 'append' | 'known' | 'recycle') => [...mutations].sort((a, b) => a[k].took - b[k].took)[Math.floor(mutations.length / 2)][k];
  const phaseText = (ph: Phases) => `changed ${ph.toChanged.toFixed(0)}, toScan ${ph.toScan.toFixed(0)}, scan ${ph.scan.toFixed(0)}, match ${ph.match.toFixed(0)}, write ${ph.write.toFixed(0)}`;
  const [appendM, knownM, recycleM] = [mutation('append'), mutation('known'), mutation('recycle')];
  const [appendMs, knownMs, recycleMs] = [appendM.took, knownM.took, recycleM.took];
  const inscopeTotal = pick('endToEnd') + pick('layout');
  const floors = readFloor + messagingFloor + engineFloor + badgeFloor;
  // The least end to end can be: reading, messaging and the engine, then a mark in each row that is
  // no dearer than a plain span (writes and relayout) — what the 1.2× goal leaves room for.
  const leastEndToEnd = readFloor + messagingFloor + engineFloor + spans;
  const steps = pick('scan') + pick('match') + pick('write');
  const memory = (inscopeHeap - controlHeap) / 2 ** 20;
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const rows: string[][] = [
    ['what', 'measured', 'goal', 'ratio / result'],
    ['floor: bare TreeWalker pass over all text nodes', ms(walker), '', ''],
    ['floor: the page\'s own initial layout (same page, before InScope writes)', ms(pick('pageLayout')), '', `${pick('pageLayouts')} layout(s)`],
    ['floor: a plain <span> appended in each row, incl. the relayout it causes', ms(spans), '', ''],
    ['floor: an absolutely positioned <span> (takes no room) in each row, incl. the relayout', ms(absSpans), '', ''],
    ['floor: InScope\'s badge (Shadow DOM, its stylesheet, a button) in each row, incl. the relayout', ms(styledBadges), '', `${(styledBadges / spans).toFixed(2)}× the plain span`],
    ['floor: reading the 4 case columns of every row (content-script world)', ms(readFloor), '', ''],
    ['floor: messaging copies on the page side (JSON out and back, content-script world)', ms(jsonFloor), '', 'part of the next'],
    ['floor: the same cases to a bare extension\'s background and a brief back (port, fresh page)', ms(messagingFloor), '', `${(messagingFloor / jsonFloor).toFixed(1)}× the copies alone`],
    ['floor: the engine answering the 2,000 cases (Node, warm)', ms(engineFloor), '', `${(engineFloor * 1000 / ROWS).toFixed(1)} µs a case`],
    ['floor: 2,000 bare Shadow DOM badges, no layout (content-script world)', ms(badgeFloor), '', ''],
    ['floor: reading + messaging + the engine + bare badges: the least scan + match + writes can be', ms(floors), '', ''],
    ['floor: reading + messaging + the engine + a plain span\'s writes and relayout: the least end to end can be', ms(leastEndToEnd), '', `${(leastEndToEnd / spans).toFixed(2)}× the plain span`],
    ['floor: the page\'s own relayout after it appends 200 rows', ms(pageAppend), '', 'an answer that needs the background arrives after this'],
    ['peer: mark.js markRegExp (combined regex), incl. layout', ms(markjs.took), '', `${(markjs.took / inscopeTotal).toFixed(2)}× InScope end to end`],
    ['peer: findAndReplaceDOMText (combined regex), incl. layout', ms(far.took), '', `${(far.took / inscopeTotal).toFixed(2)}× InScope end to end`],
    ['InScope: scan (tables + names)', ms(pick('scan')), '', `${(pick('scan') / readFloor).toFixed(1)}× reading the columns`],
    ['InScope: match (verdicts from the background, after the scan)', ms(pick('match')), '', `first page after the import: ${runs[0].match.toFixed(0)} ms`],
    ['InScope: DOM writes (one frame)', ms(pick('write')), '', `${(pick('write') / badgeFloor).toFixed(1)}× bare badges`],
    ['InScope: scan + match + writes', ms(steps), '≤ 1.5× the floors', `${(steps / floors).toFixed(2)}× — ${met(steps <= 1.5 * floors)}`],
    ['InScope: the relayout its writes cause', ms(pick('layout')), '1, ≤ the page\'s own', `${pick('layouts')} relayout(s), ${(pick('layout') / pick('pageLayout')).toFixed(2)}× — ${met(pick('layouts') <= 1 && pick('layout') <= pick('pageLayout'))}`],
    ['InScope: badges in place, from the page\'s navigation start (its load and first paint included)', ms(pick('fromNavigation')), '', 'for reference'],
    ['InScope: end to end (first scan → badges, + layout)', ms(inscopeTotal), '≤ 1.2× the plain-span floor', `${(inscopeTotal / spans).toFixed(2)}× — ${met(inscopeTotal <= 1.2 * spans)}; ${(inscopeTotal / leastEndToEnd).toFixed(2)}× the least it can be, ${(inscopeTotal / styledBadges).toFixed(2)}× its own badge's floor`],
    ['InScope: 200 appended rows of practitioners the page shows, badged after the mutation', ms(knownMs), '≤ 30 ms', `${met(knownMs <= 30)}; ${phaseText(knownM)}`],
    ['InScope: 200 recycled rows (text the page showed before) badged after the mutation', ms(recycleMs), '≤ 30 ms', `${met(recycleMs <= 30)}; ${phaseText(recycleM)}`],
    ['InScope: 200 appended rows of practitioners new to the page, badged after the mutation', ms(appendMs), `≥ the page's relayout (${ms(pageAppend)})`, phaseText(appendM)],
    ['InScope: content-script memory (heap + buffers, after GC, minus control)', `${memory.toFixed(1)} MB`, '≤ 15 MB', met(memory <= 15)],
  ];
  console.log(`InScope overlay benchmark — ${ROWS} rows (~${Math.round(nodes / 1000)}k DOM nodes), ${N.toLocaleString()}-practitioner roster, ${runs[0].badges} case badges`);
  console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores; Chromium headless; mark.js marked ${markjs.marks}, findAndReplaceDOMText ${far.marks}`);
  console.log('');
  printTable(rows);
}

main().catch((e) => {
  console.error(`bench:overlay failed: ${(e as Error).message}`);
  process.exit(1);
});
