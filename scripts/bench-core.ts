// npm run bench:core — the core's speed on a 50,000-practitioner demo roster: index build and
// case evaluation (name resolution + procedure matching + rules), against baselines measured in
// the same run. Prints a table; not a test (machines are noisy).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { printTable } from './table';
import { generateRoster } from '../lib/demo/generate';
import { Engine, type CaseInput } from '../lib/engine';
import { nameKey } from '../lib/names';
import { validateRoster } from '../lib/roster/validate';
import type { Roster } from '../lib/roster/schema';
import { rng } from '../lib/demo/generate';
import { BUILTIN_VOCABULARY_DATA } from '../lib/vocabulary/builtin';
import { compileVocabulary } from '../lib/vocabulary/compile';
import { parseVocabularyData } from '../lib/vocabulary/load';
import type { VocabularyData } from '../lib/vocabulary/schema';

// Loading the vocabulary as every host does (the widget from its downloaded copy): validate, compile.
const loads: number[] = [];
let vocabulary!: ReturnType<typeof compileVocabulary>;
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const parsed = parseVocabularyData(JSON.parse(JSON.stringify(BUILTIN_VOCABULARY_DATA)));
  if (!parsed.ok) throw new Error(parsed.error);
  vocabulary = compileVocabulary(parsed.data as VocabularyData);
  loads.push(performance.now() - t);
}

const PRACTITIONERS = Number(process.env.BENCH_PRACTITIONERS ?? 50_000);
const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const ms = (t0: number) => performance.now() - t0;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
}

/** Names as schedule pages print them, in the formats the resolver reads. */
function printed(r: Roster, i: number, pick: number): string {
  const p = r.practitioners[i];
  const given = p.name.given[0];
  const family = p.name.family;
  switch (pick % 5) {
    case 0: return `${family}, ${given}${p.name.given[1] ? ` ${p.name.given[1]}` : ''}`;
    case 1: return `${given} ${family}`;
    case 2: return `${family.toUpperCase()}, ${given.toUpperCase()} ${p.type}`;
    case 3: return `${given[0]}. ${family}`;
    default: return p.npi ?? `${given} ${family}`;
  }
}

const SPECIALTY_DEPARTMENT: Record<string, string> = {
  general: 'General Surgery', ortho: 'Orthopaedic Surgery', spine: 'Neurosurgery', obgyn: 'Obstetrics & Gynecology',
  urology: 'Urology', cardiothoracic: 'Cardiothoracic Surgery', vascular: 'Vascular Surgery', neuro: 'Neurosurgery',
  ent: 'Otolaryngology', ophth: 'Ophthalmology', gi: 'Gastroenterology', behavioral: 'Psychiatry',
  anesthesia: 'Anesthesiology', podiatry: 'Podiatry', dental: 'Oral & Maxillofacial Surgery',
  plastics: 'Plastic Surgery', cardiology: 'Cardiology',
};

/** The labelled corpus's bookings, by the department that would book them. */
function bookings(): { all: string[]; byDepartment: Map<string, string[]> } {
  const byDepartment = new Map<string, string[]>();
  const all: string[] = [];
  for (const file of ['bookings.tsv', 'bookings-surgical.tsv', 'bookings-procedural.tsv', 'bookings-proceduralist.tsv']) {
    const text = readFileSync(new URL(`../test/corpus/${file}`, import.meta.url), 'utf8');
    const rows = text.split('\n').filter((l) => l && !l.startsWith('#')).slice(1).map((l) => l.split('\t'));
    for (const [specialty, booking] of rows) {
      all.push(booking);
      const d = SPECIALTY_DEPARTMENT[specialty];
      if (d) byDepartment.set(d, [...(byDepartment.get(d) ?? []), booking]);
    }
  }
  return { all, byDepartment };
}

function main() {
  const asOf = '2026-11-22';
  let t0 = performance.now();
  const roster = generateRoster({ practitioners: PRACTITIONERS, seed: 1, asOf });
  const genMs = ms(t0);
  const text = JSON.stringify(roster);
  t0 = performance.now();
  const parsed = JSON.parse(text);
  const parseMs = ms(t0);
  t0 = performance.now();
  const valid = validateRoster(parsed);
  const validateMs = ms(t0);
  if (!valid.ok) throw new Error('demo roster did not validate');

  // Index build: median of 5.
  const builds: number[] = [];
  let engine!: Engine;
  for (let i = 0; i < 5; i++) {
    t0 = performance.now();
    engine = new Engine(valid.roster, { vocabulary });
    // The catalog read through the vocabulary is part of the build (the engine does it on first use).
    void engine.matcher;
    builds.push(ms(t0));
  }

  const texts = bookings();
  const random = rng(7);
  // Mostly the practitioner's own specialty, sometimes anything (a mis-booking).
  const cases: CaseInput[] = Array.from({ length: CASES }, (_, n) => {
    const i = Math.floor(random() * roster.practitioners.length);
    const own = texts.byDepartment.get(roster.practitioners[i].department ?? '');
    const pool = own && random() < 0.9 ? own : texts.all;
    return {
      practitioner: printed(roster, i, n),
      procedure: pool[Math.floor(random() * pool.length)],
      date: `2026-12-${String(1 + (n % 28)).padStart(2, '0')}`,
    };
  });

  const time = (e: Engine, list: CaseInput[]) => {
    const per: number[] = [];
    const counts: Record<string, number> = { block: 0, unknown: 0, warn: 0, ok: 0 };
    for (const c of list) {
      const s = process.hrtime.bigint();
      const v = e.evaluateCase(c, { today: asOf });
      per.push(Number(process.hrtime.bigint() - s) / 1000);
      counts[v.verdict]++;
    }
    return { per, counts };
  };
  // Warm up the JIT on a slice, on a separate engine so the measured caches start empty.
  time(new Engine(valid.roster, { vocabulary }), cases.slice(0, 5000));
  const warm = time(engine, cases);
  const cold = time(new Engine(valid.roster, { vocabulary, memo: false }), cases.slice(0, 20_000));

  // Baseline: what a straightforward implementation does per case — scan the roster for the
  // printed family name (no index).
  const families = valid.roster.practitioners.map((p) => nameKey(p.name.family));
  const scan: number[] = [];
  for (const c of cases.slice(0, 2000)) {
    const s = process.hrtime.bigint();
    const key = nameKey(c.practitioner.split(/[ ,]+/).find((t) => t.length > 2) ?? c.practitioner);
    let hits = 0;
    for (let i = 0; i < families.length; i++) if (families[i] === key) hits++;
    scan.push(Number(process.hrtime.bigint() - s) / 1000 + hits * 0);
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`InScope core benchmark — ${PRACTITIONERS.toLocaleString()} practitioners, ${CASES.toLocaleString()} cases`);
  console.log(`Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}`);
  console.log('');
  const rows: Array<[string, string, string, string]> = [
    ['step', 'measured', 'goal', 'vs baseline'],
    ['generate demo roster', `${genMs.toFixed(0)} ms`, '', ''],
    ['JSON.parse roster text (baseline)', `${parseMs.toFixed(0)} ms`, '', '1.00×'],
    ['validate roster (zod)', `${validateMs.toFixed(0)} ms`, '', `${(validateMs / parseMs).toFixed(2)}× JSON.parse`],
    ['load vocabulary (validate + compile)', `${median(loads).toFixed(0)} ms`, '', `${(median(loads) / parseMs).toFixed(2)}× JSON.parse`],
    ['build indexes + read catalog (median of 5)', `${median(builds).toFixed(0)} ms`, '≤ 1000 ms', `${(median(builds) / parseMs).toFixed(2)}× JSON.parse`],
    ['evaluate case, median', `${median(warm.per).toFixed(2)} µs`, '≤ 20 µs', `${(median(scan) / median(warm.per)).toFixed(0)}× faster than scan`],
    ['evaluate case, p95', `${pct(warm.per, 0.95).toFixed(2)} µs`, '', ''],
    ['evaluate case, p99', `${pct(warm.per, 0.99).toFixed(2)} µs`, '', ''],
    ['evaluate case, caches off, median', `${median(cold.per).toFixed(2)} µs`, '', `${(median(scan) / median(cold.per)).toFixed(0)}× faster than scan`],
    ['baseline: name by linear scan, median', `${median(scan).toFixed(2)} µs`, '', '1.00×'],
  ];
  printTable(rows);
  console.log('');
  console.log(`Verdicts over the ${CASES.toLocaleString()} cases: ${Object.entries(warm.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const pass = median(builds) <= 1000 && median(warm.per) <= 20;
  console.log(pass ? 'Goals met.' : 'Goals NOT met.');
}

main();
