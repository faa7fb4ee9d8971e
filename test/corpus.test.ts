/**
 * The labelled booking corpora (test/corpus/*.tsv: bookings written as OR schedules write them,
 * each labelled with the catalog lines that cover it, or UNKNOWN), scored against two catalogs:
 * the demo catalog (which lists booking shorthand among its synonyms) and one written as public
 * delineation-of-privileges forms are (formal names, codes where forms list them, no shorthand).
 * `npm test` prints both scores. The issue's targets (≥ 98% right, ≤ 1% unknown, no leak) are not
 * met yet: the assertions below are floors measured when the vocabulary landed, so that a change
 * that reads bookings worse fails here. Misses: `npx tsx scripts/corpus-report.ts dop --misses`.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../lib/demo/catalog';
import { ProcedureMatcher } from '../lib/procedures/matcher';
import type { PrivilegeDef } from '../lib/roster/schema';
import { builtinVocabulary } from '../lib/vocabulary/builtin';
import dop from './corpus/dop-catalog.json';
import { readCorpus, score, type CorpusRow } from './corpus/score';

const vocabulary = builtinVocabulary();
const FILES = ['bookings-surgical.tsv', 'bookings-procedural.tsv', 'bookings-proceduralist.tsv'];
const catalogs: Array<{ name: string; catalog: PrivilegeDef[]; rows: CorpusRow[]; floor: { right: number; unknown: number; leaks: number } }> = [
  {
    name: 'demo catalog', catalog: DEMO_CATALOG,
    rows: [...readCorpus('bookings.tsv', 'expected'), ...FILES.flatMap((f) => readCorpus(f, 'demo'))],
    floor: { right: 0.892, unknown: 0.124, leaks: 0 },
  },
  {
    name: 'delineation-of-privileges catalog', catalog: dop as unknown as PrivilegeDef[],
    rows: FILES.flatMap((f) => readCorpus(f, 'dop')),
    floor: { right: 0.854, unknown: 0.115, leaks: 2 },
  },
];

describe('labelled booking corpus', () => {
  it('holds at least 1,500 bookings across at least 20 specialties, each labelled for both catalogs', () => {
    const rows = FILES.flatMap((f) => readCorpus(f, 'dop'));
    expect(rows.length).toBeGreaterThanOrEqual(1500);
    expect(new Set(rows.map((r) => r.specialty)).size).toBeGreaterThanOrEqual(20);
    expect(FILES.flatMap((f) => readCorpus(f, 'demo')).length).toBe(rows.length);
  });

  it.each(catalogs)('labels only lines the $name has', ({ catalog, rows }) => {
    const lines = new Set(catalog.flatMap((p) => p.procedures.map((x) => x.name)));
    const unlabelled = [...new Set(rows.flatMap((r) => r.groups.flat()).filter((n) => n !== 'UNKNOWN' && !lines.has(n)))];
    expect(unlabelled).toEqual([]);
  });

  it.each(catalogs)('reads bookings against the $name no worse than the measured floor', ({ name, catalog, rows, floor }) => {
    const s = score(new ProcedureMatcher(catalog, { vocabulary }), rows);
    const right = s.right / s.rows;
    const unknown = s.unknownInCatalog / s.inCatalog;
    console.log(`Booking corpus against the ${name}: ${(100 * right).toFixed(1)}% mapped right (${s.right}/${s.rows}); `
      + `unknown among in-catalog bookings ${(100 * unknown).toFixed(1)}% (${s.unknownInCatalog}/${s.inCatalog}); `
      + `reported covered but not (leaks) ${s.leaks.length}; rows naming an extra line ${s.extras.length}. Target: ≥ 98%, ≤ 1%, 0.`);
    expect(right).toBeGreaterThanOrEqual(floor.right);
    expect(unknown).toBeLessThanOrEqual(floor.unknown);
    expect(s.leaks.length).toBeLessThanOrEqual(floor.leaks);
  });
});
