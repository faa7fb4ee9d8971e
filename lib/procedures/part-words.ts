/**
 * What a booking part's own words and a catalog line's listed codes say, read beside the procedure
 * matcher: the words outside a part's parentheses, what an action there acts on, a part that names
 * only a condition, a booking's code as a code column writes it, and the codes a line's name lists.
 * A file of its own so that each of the widget's script files stays within its budget.
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

/** The codes a line's name lists in parentheses or brackets, and the spans of codes among them ("(30400-30450)"). */
function listedCodes(name: string): { codes: string[]; spans: Array<[number, number]> } {
  const lists = [...name.matchAll(NAME_CODES)].map((m) => m[1]);
  return {
    codes: lists.flatMap((l) => l.match(/\d{4}[0-9FTU]/gi) ?? []),
    spans: lists.flatMap((l) => [...l.matchAll(/(\d{5})\s*(?:[\u2013-]|\bthru\b|\bthrough\b|\bto\b)\s*(?:CPT\s*:?\s*)?(\d{5})/gi)].map(([, a, b]): [number, number] => [Number(a), Number(b)])),
  };
}

/** Whether a line's name lists a code, alone or within a span of any length ("(30400-30450)" holds 30435). */
export function spanHolds(name: string, code: string): boolean {
  if (!/^\d{5}$/.test(code)) return false;
  const { codes, spans } = listedCodes(name);
  return codes.includes(code) || spans.some(([a, b]) => a <= Number(code) && Number(code) <= b);
}

/** Whether a part's words outside parentheses name only a condition, one some operation's wording names ("CTS": a CTS release). */
export function diagnosisOnly(v: Vocabulary, part: Part, outside: Set<string>): boolean {
  const said = part.tokens.filter((t) => outside.has(t.word) && !v.stopwords.has(t.word) && !v.scheduling.has(t.word) && !/^\d/.test(t.word));
  return said.length > 0 && said.every((t) => v.plain.has(t.word) && !v.anatomy.has(t.word) && !v.modifiers.has(t.word) && !v.descriptors.has(t.word))
    && said.some((t) => v.clinical.has(t.word) && v.byToken.has(t.word));
}

/**
 * Whether a part's word outside its parentheses is what an action beside it acts on and InScope cannot
 * place: no action itself, place, way, device, finding, scheduling or ordinary word, nor a number
 * ("VSD" of "+ VSD CLOSURE"; not "abdominal", "primary", "defect", "interval").
 */
export function actedOn(v: Vocabulary, outside: Set<string>, w: string): boolean {
  return outside.has(w) && !v.procedureWords.has(w) && !v.procedureSuffix.test(w) && !v.anatomy.has(w) && !v.descriptors.has(w)
    && !v.modifiers.has(w) && !v.scheduling.has(w) && !v.stopwords.has(w) && !v.findings.has(w) && !(v.plain.has(w) && !v.clinical.has(w)) && !/^\d/.test(w);
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
  const { codes, spans } = listedCodes(name);
  return [...codes, ...spans.flatMap(([a, b]) => (b > a && b - a <= 10 ? Array.from({ length: b - a - 1 }, (_x, i) => String(a + i + 1)) : []))];
}
