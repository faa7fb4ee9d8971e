/**
 * Scores the procedure matcher on the labelled booking corpora against a catalog. A row is right
 * when every operation it names is covered by one of the lines its label allows, nothing is
 * reported unknown that the label says the catalog has, and no other line is counted as covering.
 * A leak is a row whose label says an operation is not in the catalog (or that the matcher left
 * out) while the matcher reports nothing unknown: the case would read as covered.
 * Labels follow the vocabulary's documented inclusions: an add-on its parent's privilege usually
 * includes (`addonOf` in docs/vocabulary.md: ICE in an ablation, a retrograde pyelogram in a
 * cystoscopy, a Bravo capsule in an EGD) and a step a form names as part of the operation
 * (the splenectomy of a distal pancreatectomy) are labelled with the parent's line.
 */
import { readFileSync } from 'node:fs';
import type { MatchPart, ProcedureMatcher } from '../../lib/procedures/matcher';
import { readingsFor, specialtiesOfDepartments } from '../../lib/engine';

export interface CorpusRow {
  file: string;
  specialty: string;
  booking: string;
  code: string;
  /** Per operation the booking names: the catalog lines that cover it, or ['UNKNOWN']. */
  groups: string[][];
  approach: string[];
}

/** Reads a corpus file; `column` is the label column for the catalog being scored. */
export function readCorpus(file: string, column: 'demo' | 'dop' | 'expected'): CorpusRow[] {
  const text = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
  const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const header = lines[0].split('\t');
  const at = (name: string) => header.indexOf(name);
  if (at(column) < 0) return [];
  return lines.slice(1).map((l) => {
    const c = l.replace(/\r$/, '').split('\t');
    return {
      file, specialty: c[at('specialty')], booking: c[at('booking')], code: c[at('code')] ?? '',
      groups: c[at(column)].split(' | ').map((g) => g.split(' / ').map((x) => x.trim())),
      approach: at('approach') >= 0 && c[at('approach')] ? c[at('approach')].split(',').map((x) => x.trim()).filter(Boolean) : [],
    };
  });
}

export interface Score {
  rows: number;
  right: number;
  /** In-catalog rows (no UNKNOWN label) the matcher called unknown. */
  inCatalog: number;
  unknownInCatalog: number;
  leaks: string[];
  extras: string[];
  misses: string[];
}

export function score(matcher: ProcedureMatcher, rows: CorpusRow[]): Score {
  const s: Score = { rows: rows.length, right: 0, inCatalog: 0, unknownInCatalog: 0, leaks: [], extras: [], misses: [] };
  for (const row of rows) {
    const r = matcher.match(row.booking, row.code || undefined);
    // The engine reads a booking for the practitioner's specialty: an anesthesiologist's block
    // beside a surgery is the block. The corpus row's specialty stands for the practitioner's.
    // (An emergency physician's or intensivist's own sedation, block or line is theirs too, as the engine asks.)
    const mine = specialtiesOfDepartments(matcher.vocabulary, [row.specialty]);
    const own = (r.performed ?? []).filter((p) => p.specialties.some((x) => mine.has(x))).map((p) => p.part);
    // An abbreviation with several readings (PVI, RFA…) is settled as the engine settles it: the
    // one reading that belongs to the practitioner's specialties, else it stays unknown.
    const settle = (p: MatchPart) => {
      const fits = p.readings ? readingsFor(p, mine) : [];
      return fits.length === 1 ? fits[0] : p;
    };
    // (An anesthesiologist's booking is its anesthesia, as the engine asks of the practitioner's specialties.)
    const anesthesiologist = mine.has('anesthesiology') || mine.has('pain-medicine');
    const parts = (r.anesthesia && anesthesiologist ? r.anesthesia : [...r.parts, ...own]).map(settle);
    const unknown = parts.some((p) => p.status === 'unknown');
    const got = new Set(parts.flatMap((p) => p.groups.flat().map((c) => c.procedure)));
    const wantUnknown = row.groups.some((g) => g.includes('UNKNOWN'));
    const known = row.groups.filter((g) => !g.includes('UNKNOWN'));
    const allowed = new Set(known.flat());
    // A robotic booking needs the robotic privilege too (granted as a whole): a line the label
    // wants from that privilege is what the requirement asks for.
    const byApproach = new Set(r.approachRequirements.flatMap((a) => (a.privileges.length === 1 ? a.privileges[0].procedures.map((p) => p.name) : [])));
    const covered = known.every((g) => g.some((n) => got.has(n) || byApproach.has(n)));
    const extra = [...got].filter((n) => !allowed.has(n));
    const shown = `${row.booking} → ${[...got].join(' / ') || '-'}${unknown ? ` + unknown (${parts.filter((p) => p.status === 'unknown').map((p) => p.why).join('; ')})` : ''}   [want ${row.groups.map((g) => g.join(' / ')).join(' | ')}]`;
    if (!wantUnknown) s.inCatalog++;
    if (!wantUnknown && unknown) s.unknownInCatalog++;
    if ((wantUnknown || !covered) && !unknown) s.leaks.push(shown);
    if (extra.length) s.extras.push(`${shown}   extra: ${extra.join(' / ')}`);
    const right = wantUnknown ? unknown : !unknown && covered && !extra.length;
    if (right) s.right++;
    else s.misses.push(shown);
  }
  return s;
}
