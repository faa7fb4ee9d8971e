// npm run bench:core — the core's speed on a 50,000-practitioner demo roster: index build and
// case evaluation (name resolution + procedure matching + rules), against baselines measured in
// the same run. Prints a table; not a test (machines are noisy).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { printTable } from './table';
import { generateRoster } from '../lib/demo/generate';
import { Engine, type CaseInput } from '../lib/engine';
import { VerdictPolicy } from '../lib/policy';
import type { CaseVerdict } from '../lib/verdict';
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
  const system = healthSystem(texts, asOf);
  rows.push(
    [`health system: build ${SYSTEM_FACILITIES} indexes (${SYSTEM_SIZE.toLocaleString()} each)`, `${system.buildMs.toFixed(0)} ms`, '≤ 1000 ms each', `${(system.buildMs / SYSTEM_FACILITIES / parseMs).toFixed(2)}× JSON.parse each`],
    [`health system: evaluate case, median (${SYSTEM_FACILITIES} rosters)`, `${median(system.many).toFixed(2)} µs`, '≤ 20 µs', `${(median(system.many) / median(system.one)).toFixed(2)}× one roster`],
    ['  … at a facility the row names, median', `${median(system.placed).toFixed(2)} µs`, '', `${(median(system.placed) / median(system.one)).toFixed(2)}× one roster`],
    ['  … facility not shown (asked at all five), median', `${median(system.everywhere).toFixed(2)} µs`, '', `${(median(system.everywhere) / median(system.one)).toFixed(2)}× one roster`],
    ['  … p95', `${pct(system.many, 0.95).toFixed(2)} µs`, '', ''],
    ['  peer: each case at its own facility\'s roster alone, median', `${median(system.one).toFixed(2)} µs`, '', '1.00×'],
  );
  printTable(rows);
  console.log('');
  console.log(`Verdicts over the ${CASES.toLocaleString()} cases: ${Object.entries(warm.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`Health system (${SYSTEM_FACILITIES} × ${SYSTEM_SIZE.toLocaleString()}): ${Object.entries(system.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const pass = median(builds) <= 1000 && median(warm.per) <= 20 && system.buildMs / SYSTEM_FACILITIES <= 1000 && median(system.many) <= 20;
  console.log(pass ? 'Goals met.' : 'Goals NOT met.');
}

const SYSTEM_FACILITIES = 5;
const SYSTEM_SIZE = Number(process.env.BENCH_SYSTEM_PRACTITIONERS ?? 10_000);

/**
 * Five facilities' rosters of 10,000 each in one policy. As in a health system, the same surgeons
 * work at several of them: each facility's roster is a window of 10,000 of the system's 30,000
 * people (neighbouring facilities share half), under the facility's own ids, with the person-level
 * records one credentialing office exports to all of them. Cases name their facility (60%: by
 * name, alias or a room), name none (25%: asked at every facility) or one InScope does not know (15%).
 */
function healthSystem(texts: ReturnType<typeof bookings>, asOf: string) {
  const people = generateRoster({ practitioners: SYSTEM_SIZE * 3, seed: 11, asOf });
  const rosters = Array.from({ length: SYSTEM_FACILITIES }, (_, k) => ({
    ...people,
    facility: { id: `facility-${k + 1}`, name: `Facility ${k + 1} Medical Center`, aliases: [`F${k + 1}`, `CAMPUS ${k + 1}`] },
    practitioners: people.practitioners.slice(k * (SYSTEM_SIZE / 2), k * (SYSTEM_SIZE / 2) + SYSTEM_SIZE).map((p) => ({ ...p, id: `F${k + 1}-${p.id}` })),
  }));
  const t0 = performance.now();
  const inForce = rosters.map((r) => {
    const engine = new Engine(r, { vocabulary });
    void engine.matcher;
    return { engine, generatedAt: `${asOf}T06:00:00Z`, facility: r.facility };
  });
  const buildMs = ms(t0);
  const policy = new VerdictPolicy(inForce);
  // The peer: each case asked of its own facility's roster alone (engines of their own, not linked), as a one-facility install would.
  const alone = rosters.map((r) => new VerdictPolicy({ engine: new Engine(r, { vocabulary }), generatedAt: `${asOf}T06:00:00Z`, facility: r.facility }));
  const random = rng(13);
  const home: number[] = [];
  const cases: CaseInput[] = Array.from({ length: 40_000 }, (_, n) => {
    const k = Math.floor(random() * SYSTEM_FACILITIES);
    home.push(k);
    const r = rosters[k];
    const i = Math.floor(random() * r.practitioners.length);
    const own = texts.byDepartment.get(r.practitioners[i].department ?? '');
    const pool = own && random() < 0.9 ? own : texts.all;
    const where = random();
    const place = where < 0.2 ? { facility: r.facility.name } : where < 0.4 ? { facility: `F${k + 1}` } : where < 0.6 ? { room: `CAMPUS ${k + 1} OR ${n % 12}` }
      : where < 0.85 ? { room: `OR ${n % 12}` } : { facility: 'Offsite Clinic' };
    return { practitioner: printed(r, i, n), procedure: pool[Math.floor(random() * pool.length)], date: `2026-12-${String(1 + (n % 28)).padStart(2, '0')}`, ...place };
  });
  const now = new Date(`${asOf}T12:00:00Z`);
  // The first half warms the JIT on both paths; the second half (other cases, mostly other people) is measured.
  const half = cases.length / 2;
  const run = (ask: (c: CaseInput, n: number) => CaseVerdict, from: number, to: number) => {
    const per: number[] = [];
    const counts: Record<string, number> = { block: 0, unknown: 0, warn: 0, ok: 0 };
    for (let n = from; n < to; n++) {
      const s = process.hrtime.bigint();
      const v = ask(cases[n], n);
      per.push(Number(process.hrtime.bigint() - s) / 1000);
      counts[v.verdict]++;
    }
    return { per, counts };
  };
  const system = (c: CaseInput) => policy.cases([c], now)[0];
  const peer = (c: CaseInput, n: number) => alone[home[n]].cases([c], now)[0];
  run(peer, 0, half);
  run(system, 0, half);
  const one = run(peer, half, cases.length);
  const many = run(system, half, cases.length);
  const placedAt = cases.slice(half).map((c) => !!policy.facilityOf(c).roster);
  return {
    buildMs, many: many.per, one: one.per, counts: many.counts,
    placed: many.per.filter((_, i) => placedAt[i]), everywhere: many.per.filter((_, i) => !placedAt[i]),
  };
}

main();
