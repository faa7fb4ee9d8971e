/**
 * What a booking part's own words and a catalog line's listed codes say, read beside the procedure
 * matcher: the words outside a part's parentheses, a part that names only a condition, and whether
 * a line's name lists a CPT code alone or within a span. A file of its own so that each of the
 * widget's script files stays within its budget.
 */
import type { Vocabulary } from '../vocabulary/compile';
import type { Hit, Part, PartReading } from '../vocabulary/read';
import { NAME_CODES } from './line-words';

/** A CPT code's shape (five characters, the last a digit or F, T or U). */
export const CPT_SHAPED = /^(?:CPT:?)?\d{4}[0-9FTU]$/;

/**
 * A booking's code as schedulers write a CPT code in a code column — "CPT 60260", "60260-RT",
 * "60260 x1", "60260, 38724" — as the code alone (the first, where several are listed); any other
 * code (PCS, HCPCS) as written.
 */
export function bareCpt(code: string): string {
  const m = /^\s*(?:CPT[:\s#]*)?(\d{4}[0-9FTU])(?![0-9A-Z])(?:\s*(?:[-\u2013,;x*(]|$).*)?$/i.exec(code);
  return m ? m[1].toUpperCase() : code;
}

/** Whether a line's name lists a code, alone or within a span of any length ("(30400-30450)" holds 30435). */
export function spanHolds(name: string, code: string): boolean {
  if (!/^\d{5}$/.test(code)) return false;
  const n = Number(code);
  return [...name.matchAll(NAME_CODES)].some((m) => (m[1].match(/\d{4}[0-9FTU]/gi) ?? ([] as string[])).includes(code)
    || [...m[1].matchAll(/(\d{5})\s*(?:[\u2013-]|\bthru\b|\bthrough\b|\bto\b)\s*(?:CPT\s*:?\s*)?(\d{5})/gi)].some(([, a, b]) => Number(a) <= n && n <= Number(b)));
}

/** Whether a part's words outside parentheses name only a condition, one some operation's wording names ("CTS": a CTS release). */
export function diagnosisOnly(v: Vocabulary, part: Part): boolean {
  const said = part.tokens.filter((t) => outsideParens(part.text).has(t.word) && !v.stopwords.has(t.word) && !v.scheduling.has(t.word) && !/^\d/.test(t.word));
  return said.length > 0 && said.every((t) => v.plain.has(t.word) && !v.anatomy.has(t.word) && !v.modifiers.has(t.word) && !v.descriptors.has(t.word))
    && said.some((t) => v.clinical.has(t.word) && v.byToken.has(t.word));
}

/** The words of a part's text before any parenthesis ("VSD CLOSURE (TGA/VSD)": vsd, closure). */
export function outsideParens(text: string): Set<string> {
  return new Set(text.split('(')[0].toLowerCase().split(/[^a-z0-9&]+/).filter(Boolean));
}

/** The words a catalog line says only inside its parentheses. */
export function parenOnlyWords(part: Part): Set<string> {
  const words = new Set(part.tokens.filter((t) => t.paren).map((t) => t.word));
  for (const t of part.tokens) if (!t.paren) words.delete(t.word);
  return words;
}

/**
 * Whether a line reads an operation only as a method its parentheses list: every wording of it (if any) joins
 * words said only there (none a place — "peripheral (cervical or femoral)" says where) to words another
 * wording of the line took ("Hip fracture fixation (pinning, nail, plate)": the plate's ORIF), and the
 * words outside the parentheses do not say its name ("Triple arthrodesis or double arthrodesis (…)" says both).
 */
export function readAsMethod(v: Vocabulary, reading: PartReading, inParens: Set<string>, c: number): boolean {
  const hits = reading.hits.filter((h) => h.targets.some((x) => x.concept === c));
  const method = (h: Hit) => h.tokens.some((t) => inParens.has(t))
    && h.tokens.every((t) => (inParens.has(t) ? !v.anatomy.has(t) : reading.hits.some((o) => o !== h && o.tokens.includes(t))));
  const outside = new Set(reading.part.tokens.filter((t) => !t.paren).map((t) => t.word));
  return hits.every(method) && ![...v.concepts[c].nameWords].every((w) => outside.has(w));
}

/** What a look into the belly or chest is when opened: an exploratory laparotomy or thoracotomy (none for another scope). */
export function openedLook(scope: string): string | undefined {
  return /laparoscopy\b/i.test(scope) ? 'Exploratory laparotomy' : /thoracoscopy\b/i.test(scope) ? 'Exploratory thoracotomy' : undefined;
}

/** The codes a line's name lists in parentheses, a short span spelled out code by code. */
export function codesInName(name: string): string[] {
  // ("(31535-31541)": a span of codes is every code in it, and a booking's 31536 is one of the
  // line's. Only a short span of numeric codes: "(29805-29823)" is a loosely written family.)
  return [...name.matchAll(NAME_CODES)].flatMap((m) => [...(m[1].match(/\d{4}[0-9FTU]/gi) ?? []),
    ...[...m[1].matchAll(/(\d{5})\s*(?:[\u2013-]|\bthru\b|\bthrough\b|\bto\b)\s*(?:CPT\s*:?\s*)?(\d{5})/gi)].flatMap(([, a, b]) => (Number(b) > Number(a) && Number(b) - Number(a) <= 10
      ? Array.from({ length: Number(b) - Number(a) - 1 }, (_x, i) => String(Number(a) + i + 1)) : []))]);
}
