/**
 * What a booking part's own words and a catalog line's words say, read beside the procedure matcher:
 * the words outside a part's parentheses, what an action there acts on, a part that names only a
 * condition, a booking's code as a code column writes it, the codes a line's name lists, a line that
 * only changes a device, what a booking says it is for, the kinds of surgery an operation is, and a
 * line's operation of either kind. A file of its own so that each of the widget's script files stays
 * within its budget.
 */
import type { Vocabulary } from '../vocabulary/compile';
import type { Hit, Part, PartReading } from '../vocabulary/read';
import { normalizeWord, PUTTING, UNDOING } from '../vocabulary/words';
import { fold } from '../text';
import { BRAIN_SURGERY, CARDIAC_SURGERY, MAJOR_VASCULAR, NAME_CODES, NOT_HEART_SURGERY, NOT_ONE_LUNG, ONE_LUNG, ORGAN_TRANSPLANT, SINGLE_OR_CONTINUOUS, THORACIC_SURGERY } from './line-words';

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

/** Actions that change or take out what an operation put in (words.ts `UNDOING`, a replacement aside: that puts one in), and their near kin. */
const CHANGING_WORDS = [...UNDOING].filter((w) => w !== 'replacement' && w !== 'explant');
const CHANGE_WORD = `(?:${[...CHANGING_WORDS, 'adjustment', 'repositioning', 'reposition'].join('|')})`;
/** A line that only changes or takes out what an operation put in: "Repositioning of peripheral ECMO cannula", "Removal or adjustment of external fixator". */
export const CHANGES_ONLY = new RegExp(`^\\s*${CHANGE_WORD}(?:\\s*(?:,|\\bor\\b|\\band\\b|\\band\\/or\\b)\\s*${CHANGE_WORD})*\\s+of\\b`, 'i');
/** An operation named for such a change (a removal, a revision, a decannulation), not for putting the thing in. */
export const CHANGE_NAME = new RegExp(`\\b(?:${[...CHANGING_WORDS, 'adjustment', 'repositioning', 'reposition', 'explant\\w*', 'decannulation', 'extraction', 'retrieval', 'change'].join('|')})\\b`, 'i');
/** An operation named for putting a device in (words.ts `PUTTING`, creation aside): what such a line does not cover ("Removal of gallbladder" still reads a cholecystectomy). */
export const PUTS_IN = new RegExp(`\\b(?:${[...[...PUTTING].filter((w) => w !== 'creation'), 'cannulation', 'fixation', 'fixator', 'application'].join('|')})\\b`, 'i');

/** A kind's family ("ablation:cryo" → "ablation"). */
export const familyOf = (k: string): string => k.slice(0, k.indexOf(':'));

/**
 * The kinds of surgery an operation is, in the words anesthesia lines exclude them by ("…, excluding
 * cardiac, thoracic and major vascular surgery"): a CABG is cardiac, a lobectomy thoracic, a carotid
 * endarterectomy or a TEVAR vascular (and major), a craniotomy neurosurgical, a cesarean obstetric,
 * a kidney transplant a transplant. By the operation's specialty and what its name says it is on.
 */
export function surgeryKinds(v: Vocabulary, concept: number): string[] {
  const c = v.concepts[concept];
  const sp = c.specialties;
  const out: string[] = [];
  if (sp.includes('vascular-surgery')) out.push('vascular', ...(MAJOR_VASCULAR.test(c.name) ? ['major vascular'] : []));
  else if (sp.includes('cardiothoracic-surgery') || sp.includes('pediatric-surgery') || sp.includes('general-surgery')) {
    if ((sp.includes('cardiothoracic-surgery') || sp.includes('pediatric-surgery')) && CARDIAC_SURGERY.test(c.name) && !NOT_HEART_SURGERY.test(c.name)) {
      out.push('cardiac', 'cardiothoracic');
      // ("Anesthesia for cardiac valve surgery": a heart valve's operation, not one through a catheter.)
      if (/\b(?:valves?|valvular|annuloplasty|valvotomy|valvuloplasty)\b/i.test(c.name) && !/\b(?:transcatheter|percutaneous|balloon)\b/i.test(c.name)) out.push('valve');
    }
    else if ((sp.includes('cardiothoracic-surgery') || sp.includes('general-surgery')) && THORACIC_SURGERY.test(c.name)) {
      out.push('thoracic', 'cardiothoracic');
      if (ONE_LUNG.test(c.name) && !NOT_ONE_LUNG.test(c.name)) out.push('one-lung');
    }
  }
  if (sp.includes('neurosurgery') && !sp.includes('spine-surgery') && BRAIN_SURGERY.test(c.name)) out.push('neurosurgical', 'neurosurgery', 'intracranial');
  if (sp.includes('obstetrics') && !sp.includes('gynecology')) out.push('obstetric', 'obstetrical', 'obstetrics');
  if (ORGAN_TRANSPLANT.test(c.name)) out.push('transplant', 'transplantation');
  return out;
}

/**
 * "Peripheral nerve blocks, single-injection or continuous catheter": an operation named for one kind
 * its line lists beside the family's default kind is its broader operation of either kind (every
 * peripheral nerve block), not the continuous one alone. Undefined where that does not hold.
 */
export function eitherKindOf(v: Vocabulary, c: number, lineKinds: string[], lineConcepts: Set<number>, text: string): number | undefined {
  const perFamily = new Map<string, number>();
  for (const k of lineKinds) perFamily.set(familyOf(k), (perFamily.get(familyOf(k)) ?? 0) + 1);
  const kindWord = [...v.concepts[c].nameWords].find((w) => { const k = v.kindOf.get(w); return !!k && (perFamily.get(familyOf(k)) ?? 0) >= 2; });
  if (!kindWord) return undefined;
  const ownKind = v.kindOf.get(kindWord)!;
  // (Only beside the family's default kind, which the broader operation is: a single-injection block.)
  if (!lineKinds.some((k) => k !== ownKind && familyOf(k) === familyOf(ownKind) && v.defaultKinds.has(k))) return undefined;
  // (Only a line that offers the two kinds as alternatives outside any parentheses: "Peripheral nerve
  // blocks, continuous catheter (single-injection blocks are core)" is no single-injection line.)
  const outside = text.replace(/\([^()]*\)/g, ' ');
  if (!SINGLE_OR_CONTINUOUS.test(outside)) return undefined;
  // (Nor where the line reads another kind it lists as an operation of its own: "Long-term or temporary
  // VAD implantation" is the durable and the temporary implantation, not every VAD operation.)
  const otherKindRead = lineKinds.some((k) => familyOf(k) === familyOf(ownKind) && k !== ownKind
    && [...v.kindOf].some(([w, x]) => x === k && [...lineConcepts].some((o) => o !== c && v.concepts[o].nameWords.has(w))));
  if (otherKindRead) return undefined;
  // (Its own broader operation only, named as it is but for the kind word — "Continuous peripheral nerve
  // block" of "Peripheral nerve block"; a cryoballoon PVI's is the AF ablation, a midurethral sling's
  // stress incontinence surgery no sling — and named by the line itself: "Epidural block, single-injection
  // or continuous catheter" is no peripheral nerve block line.)
  const ancestors = v.concepts[c].ancestors;
  // (Not a parent that is of that kind itself: the continuous interscalene catheter's "Continuous peripheral nerve block".)
  const parents = ancestors.filter((a) => !ancestors.some((b) => b !== a && v.concepts[b].ancestors.includes(a)) && !v.concepts[a].nameWords.has(kindWord));
  if (parents.length !== 1) return undefined;
  const parent = parents[0];
  const nameOf = (words: Iterable<string>) => [...words].sort().join(' ');
  // (Or but for the places the parent's name says the nerves of: "Continuous interscalene nerve block
  // catheter" of "Interscalene brachial plexus block", where the line names the interscalene block.)
  const own = [...v.concepts[c].nameWords].filter((w) => w !== kindWord);
  const unplaced = [...v.concepts[parent].nameWords].filter((w) => !v.anatomy.has(w));
  const exact = nameOf(own) === nameOf(v.concepts[parent].nameWords);
  if (!exact && !(unplaced.length >= 2 && unplaced.every((w) => own.includes(w)))) return undefined;
  const lineWords = new Set(fold(outside).split(/[^a-z0-9]+/).flatMap((w) => [w, w.replace(/(?<!s)s$/, ''), ...normalizeWord(v, w)]));
  return (exact ? [...v.concepts[parent].nameWords] : unplaced).every((w) => lineWords.has(w)) ? parent : undefined;
}
/** A booking that says what it is for ("… FOR DISPLACED FNF", "… DUE TO FNF", "DX: FNF"), not a time or a person ("BOOKED FOR 3 HRS", "FOR DR JONES"). */
export const STATES_FOR = /\b(?:for|due\s+to|secondary\s+to|dx:?)\s+(?!dr\b|drs?\.|doctor\b|\d|am\b|pm\b|the\s+(?:day|morning|afternoon)\b)/i;
