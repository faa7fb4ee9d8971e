/**
 * The procedure matcher's accuracy on every labelled corpus, against the demo catalog and the
 * delineation-of-privileges catalog (`npx tsx scripts/corpus-report.ts [demo|dop] [--misses]`).
 */
import { DEMO_CATALOG } from '../lib/demo/catalog';
import { ProcedureMatcher } from '../lib/procedures/matcher';
import type { PrivilegeDef } from '../lib/roster/schema';
import { builtinVocabulary } from '../lib/vocabulary/builtin';
import dop from '../test/corpus/dop-catalog.json';
import { readCorpus, score } from '../test/corpus/score';

const which = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const show = process.argv.includes('--misses');
const v = builtinVocabulary();
for (const [name, catalog, files] of [
  ['demo', DEMO_CATALOG, [['bookings.tsv', 'expected'], ['bookings-surgical.tsv', 'demo'], ['bookings-procedural.tsv', 'demo'], ['bookings-proceduralist.tsv', 'demo']]],
  ['dop', dop as unknown as PrivilegeDef[], [['bookings-surgical.tsv', 'dop'], ['bookings-procedural.tsv', 'dop'], ['bookings-proceduralist.tsv', 'dop']]],
] as const) {
  if (which.length && !which.includes(name)) continue;
  const m = new ProcedureMatcher(catalog, { vocabulary: v });
  const rows = files.flatMap(([f, col]) => readCorpus(f, col as 'demo' | 'dop' | 'expected'));
  const s = score(m, rows);
  console.log(`${name}: ${(100 * s.right / s.rows).toFixed(1)}% right (${s.right}/${s.rows}); unknown among in-catalog ${(100 * s.unknownInCatalog / s.inCatalog).toFixed(1)}% (${s.unknownInCatalog}/${s.inCatalog}); leaks ${s.leaks.length}; rows with extra lines ${s.extras.length}`);
  if (show) {
    console.log(`-- leaks\n  ${s.leaks.join('\n  ')}`);
    console.log(`-- extras\n  ${s.extras.join('\n  ')}`);
    console.log(`-- misses\n  ${s.misses.join('\n  ')}`);
  }
}
