/**
 * Word forms both sides of a match use (spelling variants, plurals and -ing forms) and code
 * normalisation: what reading a booking needs of the vocabulary at match time, apart from
 * compiling it (the widget loads the compiler only when it compiles a vocabulary).
 */
import type { Vocabulary } from './compile';

/** Words that make an operation a revision of what it names. */
export const CHANGING = new Set(['revision', 'conversion', 'redo', 'reoperation']);
/** Words that undo what a form names: left over, never read as describing it. */
export const REVERSING = new Set(['removal', 'reversal', 'takedown', 'exchange', 'explant', 'replacement']);
/** Actions that undo or change what an operation put in, and those that put it in. */
export const UNDOING = new Set([...REVERSING, 'revision', 'explantation']);
export const PUTTING = new Set(['insertion', 'placement', 'implantation', 'creation']);

/** One word in the form both sides of a match use: spelling variants, plurals and -ing forms of known words. */
export function normalizeWord(v: Vocabulary, t: string): string[] {
  const variant = v.variants[t];
  if (variant) return variant.split(' ');
  if (v.known.has(t) || t.length < 5) return [t];
  for (const s of stems(t)) {
    const vs = v.variants[s];
    if (vs) return vs.split(' ');
    if (v.known.has(s)) return [s];
  }
  // Commonwealth spellings of a known word: "necrotising", "caecal", "marsupialisation", "tunnelled".
  const american = americanSpelling(t);
  if (american !== t) {
    if (v.variants[american]) return v.variants[american].split(' ');
    if (v.known.has(american)) return [american];
    for (const s of stems(american)) if (v.known.has(s)) return [s];
  }
  // French spellings of a known operation's word, as Quebec and European schedules write them:
  // "cholecystectomie", "septoplastie", "arthroscopie", "laparoscopique", "inguinale".
  const english = t.replace(/(ectom|otom|ostom|plast|scop|pex|graph|tom)ie$/, '$1y').replace(/ique$/, 'ic').replace(/(?<=[a-z]{3})ale$/, 'al').replace(/aire$/, 'ary');
  if (english !== t && v.known.has(english)) return [english];
  return [t];
}

/** A Commonwealth spelling written the American way: "necrotising", "caecal", "tunnelled". */
export function americanSpelling(t: string): string {
  return t.replace(/isation/, 'ization').replace(/is(e|es|ed|ing)$/, 'iz$1').replace(/ae/g, 'e').replace(/oe/g, 'e').replace(/our/, 'or').replace(/tre$/, 'ter').replace(/ll(ed|ing)$/, 'l$1');
}

/** Candidate base forms of an inflected word (grafting → graft, arthroplasties → arthroplasty). */
export function stems(t: string): string[] {
  const out: string[] = [];
  if (t.endsWith('ies')) out.push(`${t.slice(0, -3)}y`);
  if (t.endsWith('es')) out.push(t.slice(0, -2));
  if (t.endsWith('s') && !/(ss|us|is)$/.test(t)) out.push(t.slice(0, -1));
  if (t.endsWith('ing')) {
    const b = t.slice(0, -3);
    out.push(b, `${b}e`);
    if (/([b-df-hj-np-tv-z])\1$/.test(b)) out.push(b.slice(0, -1));
  }
  if (t.endsWith('ed')) {
    const b = t.slice(0, -2);
    out.push(b, `${b}e`);
    if (/([b-df-hj-np-tv-z])\1$/.test(b)) out.push(b.slice(0, -1));
  }
  return out;
}

export function normalizeCode(code: string): string {
  return code.trim().toUpperCase().replace(/[\s.]/g, '');
}
