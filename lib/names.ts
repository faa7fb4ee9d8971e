/**
 * Name resolution: maps what schedule pages print ("Family, Given M", "Given Family",
 * "FAMILY, GIVEN MD", "Dr. Family", "G. Family", "Family, G", aliases, NPIs) to one roster
 * practitioner, or says it cannot. A family name alone resolves only when it is unique; a
 * contradicting middle initial is a different person. Case- and diacritic-insensitive.
 */
import { fold } from './text';
import type { PersonEntry } from './roster/schema';
import { BoundedCache } from './bounded-cache';

export type Resolution =
  | { status: 'resolved'; index: number }
  | { status: 'ambiguous'; candidates: number[] }
  | { status: 'not-found'; candidates: number[] };

const TITLES = new Set(['dr', 'doctor', 'prof', 'professor', 'mr', 'mrs', 'ms', 'miss', 'mx']);
/** Degrees, credentials and generational suffixes pages print after names. */
const SUFFIXES = new Set([
  'md', 'do', 'dpm', 'dds', 'dmd', 'crna', 'np', 'pa', 'pac', 'cnm', 'rn', 'aprn', 'fnp', 'anp',
  'acnp', 'dnp', 'msn', 'phd', 'jr', 'sr', 'ii', 'iii', 'iv', 'facs', 'facog', 'faap', 'facc',
  'facp', 'faaos', 'mph', 'mba', 'ms', 'mbbs', 'frcs', 'frcsc', 'frcpc', 'od', 'dc', 'cst', 'crnfa',
]);
/** Suffixes that are also real names (Anh Do, Pa): stripped only when the name stays long enough. */
const AMBIGUOUS_SUFFIXES = new Set(['do', 'pa', 'ms', 'od', 'dc', 'np']);
/** Practitioner types a printed suffix may name, to tell namesakes apart. */
const TYPE_SUFFIXES = new Set(['md', 'do', 'dpm', 'dds', 'dmd', 'crna', 'np', 'pa', 'pac', 'cnm']);

/** Titles that mark a clinician ("Dr. Peña"): a page's name scanner takes them in. */
const CLINICIAN_TITLES = new Set(['dr', 'doctor']);

const suffixKey = (word: string) => fold(word).replace(/[^a-z0-9]/g, '');

/** A degree, credential or generational suffix printed after a name: "MD", "PA-C", "Jr.", "FACS". */
export function isNameSuffix(word: string): boolean {
  return SUFFIXES.has(suffixKey(word));
}

/** "Dr", "Dr.", "Doctor". */
export function isClinicianTitle(word: string): boolean {
  return CLINICIAN_TITLES.has(suffixKey(word));
}

/** Printed text marked as a clinician's name: a clinician title before it, or a practitioner type after it ("Santos, MD"). */
export function looksLikeClinician(text: string): boolean {
  const words = text.trim().split(/[\s,]+/).filter(Boolean);
  return words.length > 0 && (isClinicianTitle(words[0]) || TYPE_SUFFIXES.has(suffixKey(words[words.length - 1])));
}

const APOSTROPHES = /['’‘`ʼ]/g;

/** A name part as keys store it: folded, apostrophes and hyphens removed, spaces collapsed. */
export function nameKey(part: string): string {
  return fold(part).replace(APOSTROPHES, '').replace(/-/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

function keyVariants(part: string): string[] {
  const joined = nameKey(part);
  const spaced = fold(part).replace(APOSTROPHES, '').replace(/[^a-z0-9]+/g, ' ').trim();
  return spaced !== joined ? [joined, spaced] : [joined];
}

/**
 * The normalised keys the index is built from, one entry per person (variants joined by tabs).
 * Plain arrays of strings: cheap to store with a roster and to read back at start-up, so a
 * restarted service worker does not normalise 50,000 names again.
 */
export interface NameKeys {
  family: string[];
  given: string[];
  middle: string[];
  types: string[];
  npi: string[];
  alias: string[];
}

export function nameKeysOf(people: readonly PersonEntry[]): NameKeys {
  const keys: NameKeys = { family: [], given: [], middle: [], types: [], npi: [], alias: [] };
  for (const p of people) {
    keys.family.push(keyVariants(p.name.family).join('\t'));
    keys.given.push(p.name.given[0] ? keyVariants(p.name.given[0]).join('\t') : '');
    const middle = p.name.given[1] ? nameKey(p.name.given[1]) : '';
    keys.middle.push(middle ? middle[0] : '');
    keys.types.push(p.type.toLowerCase().replace(/[^a-z]/g, ''));
    keys.npi.push(p.npi ?? '');
    const aliases: string[] = [];
    for (const a of p.aliases ?? []) {
      const tokens = nameKey(a).split(' ').filter(Boolean);
      if (!tokens.length) continue;
      aliases.push(tokens.join(' '));
      // "Bob Smith" is also printed "Smith, Bob".
      if (tokens.length > 1) aliases.push([tokens[tokens.length - 1], ...tokens.slice(0, -1)].join(' '));
    }
    keys.alias.push(aliases.join('\t'));
  }
  return keys;
}

interface Hypothesis {
  family: string;
  givens: string[];
}

export interface NameIndexOptions {
  /** Cap on remembered resolutions (pages repeat the same names); 0 remembers none. */
  memoSize?: number;
}

export class NameIndex {
  private readonly family = new Map<string, number[]>();
  /** family + first given name, and family + first initial: pages print both. */
  private readonly familyGiven = new Map<string, number[]>();
  private readonly familyInitial = new Map<string, number[]>();
  private readonly alias = new Map<string, number[]>();
  private readonly npi = new Map<string, number>();
  private readonly middleInitial: string[] = [];
  private readonly types: string[] = [];
  private readonly memo: BoundedCache<string, Resolution>;

  /** From the people themselves, or from keys computed earlier (`nameKeysOf`, stored at import). */
  constructor(source: readonly PersonEntry[] | NameKeys, options: NameIndexOptions = {}) {
    this.memo = new BoundedCache(options.memoSize ?? 20_000);
    const keys = Array.isArray(source) ? nameKeysOf(source as readonly PersonEntry[]) : (source as NameKeys);
    const n = keys.family.length;
    for (let i = 0; i < n; i++) {
      const given0 = keys.given[i] ? keys.given[i].split('\t') : [];
      for (const key of keys.family[i].split('\t')) {
        push(this.family, key, i);
        for (const g of given0) push(this.familyGiven, `${key}|${g}`, i);
        if (given0[0]) push(this.familyInitial, `${key}|${given0[0][0]}`, i);
      }
      this.middleInitial.push(keys.middle[i]);
      this.types.push(keys.types[i]);
      if (keys.npi[i]) this.npi.set(keys.npi[i], i);
      if (keys.alias[i]) for (const a of keys.alias[i].split('\t')) push(this.alias, a, i);
    }
  }

  /** The roster index of the person with this NPI (10 digits, as the roster holds it), if any. */
  byNpi(npi: string): number | undefined {
    return this.npi.get(npi);
  }

  /** Resolves a printed name or NPI. */
  resolve(raw: string): Resolution {
    const hit = this.memo.get(raw);
    if (hit) return hit;
    const res = this.resolveUncached(raw);
    this.memo.set(raw, res);
    return res;
  }

  private resolveUncached(raw: string): Resolution {
    const text = raw.trim();
    const npiMatch = /^(?:npi[\s:#]*)?(\d{10})$/i.exec(text);
    if (npiMatch) {
      const i = this.npi.get(npiMatch[1]);
      return i === undefined ? { status: 'not-found', candidates: [] } : { status: 'resolved', index: i };
    }
    const folded = fold(text);
    const { hypotheses, typeHints } = parseName(folded);
    let aliasHits: number[] | undefined;
    if (this.alias.size) {
      const aliasKey = splitName(folded).flat().join(' ');
      aliasHits = this.alias.get(stripTitlesAndSuffixes(aliasKey)) ?? this.alias.get(aliasKey);
    }

    let hits: number[] = [];
    let familyCandidates: number[] = [];
    for (const h of hypotheses) {
      const list = this.family.get(h.family);
      if (!list) continue;
      if (!familyCandidates.length) familyCandidates = list;
      hits = this.filterByGivens(h.family, list, h.givens);
      if (hits.length) break;
    }
    if (aliasHits) hits = unique([...aliasHits, ...hits]);
    if (hits.length > 1 && typeHints.length) {
      const typed = hits.filter((i) => typeHints.includes(this.types[i]));
      if (typed.length) hits = typed;
    }
    if (hits.length === 1) return { status: 'resolved', index: hits[0] };
    if (hits.length > 1) return { status: 'ambiguous', candidates: hits.slice(0, 10) };
    return { status: 'not-found', candidates: familyCandidates.slice(0, 5) };
  }

  private filterByGivens(family: string, all: number[], givens: string[]): number[] {
    if (!givens.length) return all;
    const g0 = givens[0];
    const list = (g0.length === 1 ? this.familyInitial : this.familyGiven).get(`${family}|${g0}`);
    if (!list) return [];
    const m = givens[1]?.[0];
    // A printed middle initial that contradicts the roster's is someone else.
    return m ? list.filter((i) => !this.middleInitial[i] || this.middleInitial[i] === m) : list;
  }
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

function unique(xs: number[]): number[] {
  return [...new Set(xs)];
}

function stripTitlesAndSuffixes(key: string): string {
  const t = key.split(' ');
  while (t.length > 1 && TITLES.has(t[0])) t.shift();
  while (t.length > 1 && SUFFIXES.has(t[t.length - 1])) t.pop();
  return t.join(' ');
}

/**
 * Splits folded text into comma-separated parts of tokens in one pass: letters and digits make
 * tokens; hyphens and apostrophes join ("smith-jones" → "smithjones", "pa-c" → "pac"); anything
 * else separates.
 */
function splitName(folded: string): string[][] {
  const parts: string[][] = [[]];
  let token = '';
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      token += folded[i];
    } else if (c === 45 || c === 39 || c === 0x2019 || c === 0x2018 || c === 96 || c === 0x2bc) {
      // hyphen and apostrophes join
    } else {
      if (token) parts[parts.length - 1].push(token);
      token = '';
      if (c === 44) parts.push([]);
    }
  }
  if (token) parts[parts.length - 1].push(token);
  return parts;
}

/** Turns printed text into (family, givens) hypotheses, most likely first. */
export function parseName(folded: string): { hypotheses: Hypothesis[]; typeHints: string[] } {
  const typeHints: string[] = [];
  const takeSuffix = (t: string) => {
    if (TYPE_SUFFIXES.has(t)) typeHints.push(t === 'pac' ? 'pa' : t);
  };
  const hypotheses: Hypothesis[] = [];
  const parts = splitName(folded);
  if (parts.length > 1) {
    // Trailing parts that hold only suffixes ("Smith, John, MD").
    while (parts.length > 2 && parts[parts.length - 1].every((t) => SUFFIXES.has(t))) {
      parts[parts.length - 1].forEach(takeSuffix);
      parts.pop();
    }
    const familyTokens = parts[0];
    while (familyTokens.length > 1 && TITLES.has(familyTokens[0])) familyTokens.shift();
    const givens = parts.slice(1).flat();
    while (givens.length && SUFFIXES.has(givens[givens.length - 1]) &&
      !(givens.length === 1 && AMBIGUOUS_SUFFIXES.has(givens[0]))) {
      takeSuffix(givens.pop()!);
    }
    if (familyTokens.length) {
      hypotheses.push({ family: familyTokens.join(' '), givens });
      // "Marcus O'Brien, DO": the comma only separated the degree (which may also be a name).
      if (familyTokens.length > 1 && givens.every((t) => SUFFIXES.has(t))) {
        givens.forEach(takeSuffix);
        addSpaced(familyTokens, hypotheses);
      }
    }
    return { hypotheses, typeHints };
  }
  const t = parts[0];
  while (t.length > 1 && TITLES.has(t[0])) t.shift();
  while (t.length > 1 && SUFFIXES.has(t[t.length - 1])) {
    const last = t[t.length - 1];
    if (AMBIGUOUS_SUFFIXES.has(last) && t.length <= 2) break;
    takeSuffix(t.pop()!);
  }
  addSpaced(t, hypotheses);
  return { hypotheses, typeHints };
}

function addSpaced(t: string[], hypotheses: Hypothesis[]): void {
  if (t.length === 0) return;
  if (t.length === 1) {
    hypotheses.push({ family: t[0], givens: [] });
    return;
  }
  // Given-first, longest family first ("Maria De La Cruz"), then family-first ("SMITH JOHN").
  for (let k = 1; k < t.length; k++) hypotheses.push({ family: t.slice(k).join(' '), givens: t.slice(0, k) });
  hypotheses.push({ family: t[0], givens: t.slice(1) });
}
