/**
 * Booking text analysis: normalises OR booking free text into parts (one per separator-delimited
 * piece), each with content tokens, approaches, laterality and spinal levels. Catalog names go
 * through the same steps so both sides of a match speak the same tokens.
 */
import { fold } from '../text';
import { ABBREVIATIONS, EYE_WORDS, LATERALITY, STOPWORDS, VARIANTS, type Abbreviation } from './lexicon';

export interface Part {
  /** The piece of booking text this part came from, as written. */
  text: string;
  /** Content tokens, normalised, in order. */
  tokens: string[];
  /** Approaches and modalities named in this part (robotic, laparoscopic, open, laser, …). */
  approaches: string[];
  laterality?: string;
}

export interface Analysis {
  parts: Part[];
  approaches: string[];
  laterality?: string;
  levels: string[];
}

const byWindow = new Map<string, Abbreviation[]>();
let maxWindow = 1;
for (const a of ABBREVIATIONS) {
  const list = byWindow.get(a.abbr);
  if (list) list.push(a);
  else byWindow.set(a.abbr, [a]);
  maxWindow = Math.max(maxWindow, a.abbr.split(' ').length);
}

const LEVEL = /\b([clts])\s?(\d{1,2})(?:\s?[-–/]\s?([clts])?\s?(\d{1,2}))?\b/g;
/** Clauses that describe history, indication or what is not done: they name no procedure to check. */
const DROP_CLAUSES = [
  /\bw\/o\b[^;,+\n]*/g,
  /\bwithout\b[^;,+\n]*/g,
  /\bno\s+(?:ioc|cholangiogram)\b/g,
  /\bs\/p\b[^;,+\n]*/g,
  /\b(?:for|due to|secondary to|2\/2|r\/o|rule out|dx:|diagnosis:|indication:)(?=\s)[^;,+\n]*/g,
];
const PRE: Array<[RegExp, string]> = [
  [/\bw\//g, ' with '],
  [/\bb\/l\b/g, ' bilateral '],
  [/\bc\/s\b/g, ' cesarean section '],
  [/\bi\/d\b/g, ' incision and drainage '],
  [/\bt\s*&\s*a\b/g, ' tonsillectomy and adenoidectomy '],
  [/\bd\s*&\s*c\b/g, ' dilation and curettage '],
  [/\bd\s*&\s*e\b/g, ' dilation and evacuation '],
  [/&/g, ' and '],
  [/['’`]/g, ''],
];
const SEPARATORS = /[;,+\n/]|\bthen\b/;

export interface AnalyzeOptions {
  /** Catalog names are one procedure each: do not split them at commas or slashes. */
  split?: boolean;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  let s = fold(text);
  for (const re of DROP_CLAUSES) s = s.replace(re, ' ');
  for (const [re, to] of PRE) s = s.replace(re, to);
  const levels: string[] = [];
  s = s.replace(LEVEL, (_m, a: string, n1: string, b: string | undefined, n2: string | undefined) => {
    levels.push(n2 ? `${a.toUpperCase()}${n1}-${(b ?? a).toUpperCase()}${n2}` : `${a.toUpperCase()}${n1}`);
    return ' ';
  });
  const pieces = options.split === false ? [s] : s.split(SEPARATORS);
  const rawPieces = options.split === false ? [text] : splitOriginal(text, pieces.length);

  const rawTokens = pieces.map((p) => p.replace(/[-–]/g, ' ').split(/[^a-z0-9]+/).filter(Boolean));
  const context = contextOf(rawTokens.flat());

  const parts: Part[] = [];
  const approaches = new Set<string>();
  const lateralities = new Set<string>();
  pieces.forEach((_, i) => {
    const part = toPart(rawTokens[i], context, rawPieces[i]?.trim() ?? '');
    for (const a of part.approaches) approaches.add(a);
    if (part.laterality) lateralities.add(part.laterality);
    if (part.tokens.length || part.approaches.length) parts.push(part);
  });
  const laterality = lateralities.size === 1 ? [...lateralities][0] : lateralities.size > 1 ? [...lateralities].join('+') : undefined;
  return { parts, approaches: [...approaches], laterality, levels };
}

/** Splits the original text the same way, to show users the words they typed. */
function splitOriginal(text: string, expected: number): string[] {
  const out = text.split(/[;,+\n/]|\bthen\b/i);
  return out.length === expected ? out : Array(expected).fill(text);
}

function contextOf(tokens: string[]): Set<string> {
  const ctx = new Set(tokens);
  for (const t of tokens) {
    if (LATERALITY[t]) ctx.add('@lat');
    if (EYE_WORDS.has(t)) ctx.add('@eye');
    if (t === 'robotic' || t === 'robot' || t === 'davinci' || t === 'vinci') ctx.add('@robotic');
  }
  return ctx;
}

function expand(tokens: string[], context: Set<string>): string[] {
  const out: string[] = [];
  let i = 0;
  outer: while (i < tokens.length) {
    for (let w = Math.min(maxWindow, tokens.length - i); w >= 1; w--) {
      const key = w === 1 ? tokens[i] : tokens.slice(i, i + w).join(' ');
      const entries = byWindow.get(key);
      if (!entries) continue;
      const entry = entries.find((e) => !e.context || e.context.some((c) => context.has(c)));
      if (!entry) continue;
      if (entry.expansion) out.push(...entry.expansion.split(' '));
      i += w;
      continue outer;
    }
    out.push(tokens[i]);
    i++;
  }
  return out;
}

function singular(t: string): string {
  if (t.length > 4 && t.endsWith('s') && !/(ss|us|is|ous|ics|sis|xis)$/.test(t)) {
    return t.endsWith('ies') ? `${t.slice(0, -3)}y` : t.slice(0, -1);
  }
  return t;
}

/** One normalised content word, or several when a variant expands ("adenotonsillectomy"). */
export function normalizeWord(t: string): string[] {
  const v = VARIANTS[t];
  if (v) return v.split(' ');
  const s = singular(t);
  const v2 = VARIANTS[s];
  return v2 ? v2.split(' ') : [s];
}

function toPart(raw: string[], context: Set<string>, text: string): Part {
  const tokens: string[] = [];
  const approaches: string[] = [];
  let laterality: string | undefined;
  for (const t0 of expand(raw, context)) {
    if (t0.startsWith('@')) {
      if (!approaches.includes(t0.slice(1))) approaches.push(t0.slice(1));
      continue;
    }
    const side = LATERALITY[t0];
    if (side) {
      laterality = laterality && laterality !== side ? 'bilateral' : side;
      // Also a word of the text: some names need it ("left heart catheterization").
      tokens.push(side);
      continue;
    }
    if (STOPWORDS.has(t0) || /^\d+$/.test(t0)) continue;
    for (const t of normalizeWord(t0)) if (!STOPWORDS.has(t)) tokens.push(t);
  }
  return { text, tokens, approaches, laterality };
}
