/**
 * Spinal levels: how many a catalog line privileges ("one to three levels", "single level",
 * "three or more levels") and how many a booking's levels span ("L2-S1" is four: L2-3, L3-4, L4-5,
 * L5-S1). A line covers a booking whose levels are counted only when the count is within it; a
 * line naming the only segments it privileges ("L4-L5 and L5-S1 levels only") covers a booking
 * whose segments are all among them (a single vertebra names no segment).
 */
import type { AgeRange } from './ages';

export type LevelRange = AgeRange;

const WORDS: Record<string, number> = { one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
const n = (w: string) => WORDS[w] ?? Number(w);

const N = '(one|two|three|four|five|six|seven|eight|\\d{1,2})';
const KIND = '(?:(?:contiguous|adjacent|consecutive)\\s*)?(?:vertebral\\s*|spinal\\s*|motion\\s*)?(?:levels?|segments?)\\b';
/** The counts a line may name, each with its range; one list for reading them and taking them out. (Not a level's own number: "L4-5 levels only".) */
const COUNTS: Array<[RegExp, (m: RegExpExecArray) => LevelRange]> = [
  [new RegExp(`(?<![\\w/-])${N}\\s*(?:to|-|–|or|through)\\s*${N}\\s*${KIND}`, 'i'), (m) => ({ min: n(m[1].toLowerCase()), max: n(m[2].toLowerCase()) })],
  [new RegExp(`\\bup to\\s*${N}\\s*${KIND}`, 'i'), (m) => ({ max: n(m[1].toLowerCase()) })],
  [new RegExp(`(?<![\\w/-])${N}\\s*(?:or more|and more|\\+)\\s*${KIND}`, 'i'), (m) => ({ min: n(m[1].toLowerCase()) })],
  [/\b(?:single|one)[- ]level\b/i, () => ({ min: 1, max: 1 })],
  [/\bmulti-?level\b/i, () => ({ min: 2 })],
];

/** The number of levels a catalog line's wording limits it to, if any. */
export function lineLevels(text: string): LevelRange | undefined {
  for (const [re, range] of COUNTS) {
    const m = re.exec(text);
    if (m) return range(m);
  }
  return undefined;
}

/** Lymph node levels in Roman numerals ("levels I–II", "with or without level III", "levels II-IV"). */
const NODAL_LEVELS = /,?\s*(?:\b(?:with or without|including|and)\s+)?\blevels?\s+(?:VII|VI|IV|V|I{1,3})\b(?:\s*(?:-|–|to|through|and|or|,)\s*(?:VII|VI|IV|V|I{1,3})\b)*/gi;

/** A line's text without the count of levels lineLevels reads from it ("…, one to three levels"), or the range of segments lineSegments reads ("L1-L2 through L4-L5"), so that its words do not limit it too. */
export function withoutLevels(text: string): string {
  // ("Axillary lymph node dissection, levels I–II with or without level III": an axillary dissection's
  // levels say how far it goes, the same for every one, no words a booking must say.)
  // (Only an axillary dissection's, whose levels I–II are every one's: a neck dissection's levels say which kind.)
  if (/\baxill/i.test(text)) text = text.replace(NODAL_LEVELS, '').replace(/\s+/g, ' ').replace(/\s+,/g, ',').replace(/,\s*$/, '').trim();
  const range = /,?\s*(?:[CTL]\d{1,2}|S1)\s*(?:-|–|\/)\s*(?:[CTL]?\d{1,2}|S1)\s+(?:through|thru)\s+(?:[CTL]\d{1,2}|S1)\s*(?:-|–|\/)\s*(?:[CTL]?\d{1,2}|S1)(?:\s+levels?)?/i;
  if (range.test(text)) text = text.replace(range, '').replace(/\s+/g, ' ').trim();
  for (const [re] of COUNTS) {
    const m = re.exec(text);
    if (m) return `${text.slice(0, m.index).replace(/,?\s*$/, '')} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim();
  }
  return text;
}

const ORDER = [
  ...Array.from({ length: 7 }, (_, i) => `C${i + 1}`), ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `L${i + 1}`), 'S1',
];

/** How many motion segments a booking's levels span ("L4-L5" one, "L2-S1" four; a single vertebra one); undefined when none are given. */
export function levelCount(levels: readonly string[]): number | undefined {
  if (!levels.length) return undefined;
  const segments = new Set<number>();
  for (const l of levels) {
    const [a, b] = l.toUpperCase().split('-');
    const i = ORDER.indexOf(a);
    const j = b ? ORDER.indexOf(b) : -1;
    if (i < 0) return undefined;
    if (j < 0) segments.add(i * 100);
    else for (let k = Math.min(i, j); k < Math.max(i, j); k++) segments.add(k);
  }
  return segments.size;
}

/** A count of levels a booking says outright ("TLIF X4 LEVELS", "3-LEVEL ACDF", "FOUR LEVELS"). */
export function levelsStated(text: string): number | undefined {
  const m = /\b(?:x\s?)?(\d|one|two|three|four|five|six|seven|eight)\s*-?\s*levels?\b/i.exec(text);
  return m ? n(m[1].toLowerCase()) : undefined;
}

/** The motion segments levels span, each by the index of its upper vertebra ("L4-L5", "L4-5", "L4/5" alike); a single vertebra names none. */
export function segmentsOf(levels: readonly string[]): number[] | undefined {
  const out = new Set<number>();
  for (const l of levels) {
    const span = spanOf(l);
    if (!span || span[0] === span[1]) continue;
    for (let k = span[0]; k < span[1]; k++) out.add(k);
  }
  return out.size ? [...out] : undefined;
}

/** The vertebrae a level names, first and last by index ("L4-L5", "L4-5", "L4/5" alike; "T12" alone is one). */
function spanOf(level: string): [number, number] | undefined {
  const [a, b] = level.toUpperCase().replace(/\s+/g, '').split(/-|–|\/|TO/);
  const i = ORDER.indexOf(a);
  if (i < 0) return undefined;
  const j = !b ? i : /^\d+$/.test(b) ? ORDER.indexOf(`${a[0]}${b}`) : ORDER.indexOf(b);
  return j < 0 ? undefined : [Math.min(i, j), Math.max(i, j)];
}

/** The vertebrae levels name, each by its index ("T12" one, "L4-5" both of its own). */
export function vertebraeOf(levels: readonly string[]): number[] | undefined {
  const out = new Set<number>();
  for (const l of levels) {
    const span = spanOf(l);
    if (span) for (let k = span[0]; k <= span[1]; k++) out.add(k);
  }
  return out.size ? [...out] : undefined;
}

/** The vertebrae a line names as a range of single vertebrae ("Basivertebral nerve ablation, L3 through S1"), each by its index. */
export function lineVertebrae(text: string): Set<number> | undefined {
  // ("L4 to L5 and L5 to S1", "C3 to C4 through C6 to C7" name segments: no vertebra of a segment's.)
  const out = new Set<number>();
  for (const m of text.matchAll(/(?<![-–/\w])(?<!\bto\s{1,2})([CTL]\d{1,2}|S1)\s+(?:through|thru)\s+([CTL]\d{1,2}|S1)\b(?!\s*(?:[-–/]|to\b)\s*[CTLS]?\d)/gi)) {
    const [i, j] = [ORDER.indexOf(m[1].toUpperCase()), ORDER.indexOf(m[2].toUpperCase())];
    if (i < 0 || j < 0) continue;
    for (let k = Math.min(i, j); k <= Math.max(i, j); k++) out.add(k);
  }
  return out.size ? out : undefined;
}

/** The segments a line names as the only ones it privileges ("…, L4-L5 and L5-S1 levels only", "L4/5 and L5/S1 only", "(C1-C2)"). */
export function lineSegments(text: string): Set<number> | undefined {
  const LEVEL = '(?:[CTL]\\d{1,2}|S1)\\s*(?:-|–|/|to)\\s*(?:[CTL]?\\d{1,2}|S1)';
  // "…, L1-L2 through L4-L5": every segment from the first to the last.
  const range = new RegExp(`(${LEVEL})\\s+(?:through|thru)\\s+(${LEVEL})`, 'i').exec(text);
  if (range) {
    const [a, b] = [segmentsOf([range[1]]), segmentsOf([range[2]])];
    if (a?.length === 1 && b?.length === 1) return new Set(Array.from({ length: Math.abs(b[0] - a[0]) + 1 }, (_, i) => Math.min(a[0], b[0]) + i));
  }
  // (Or in parentheses after what they are of: "Atlantoaxial (C1-C2) posterior fusion".)
  const m = new RegExp(`(${LEVEL}(?:\\s*(?:,|and|or|&)\\s*${LEVEL})*)\\s*(?:levels?\\s+|segments?\\s+)?only\\b`, 'i').exec(text)
    ?? new RegExp(`\\(\\s*(${LEVEL}(?:\\s*(?:,|and|or|&)\\s*${LEVEL})*)\\s*\\)`, 'i').exec(text);
  if (!m) {
    // (Or one segment said within the operation's name: "Posterior C1-C2 fusion" is no C3-C7 fusion.
    // Not one an example names: "…, including C1-C2".)
    // (Nor one it counts from: "Lumbosacral fusion, L5-S1 and above".)
    const own = text.split(/\b(?:including|includes|such as|for example)\b|\be\.g\./i)[0];
    if (new RegExp(`${LEVEL}\\s*(?:and|or)\\s+(?:above|below|higher|lower|more|beyond)`, 'i').test(own)) return undefined;
    const said = own.match(new RegExp(`(?<![\\w-])${LEVEL}(?![\\w-])`, 'gi')) ?? [];
    const one = said.length === 1 ? segmentsOf(said) : undefined;
    return one?.length === 1 ? new Set(one) : undefined;
  }
  const segments = segmentsOf(m[1].match(new RegExp(LEVEL, 'gi')) ?? []);
  return segments ? new Set(segments) : undefined;
}
