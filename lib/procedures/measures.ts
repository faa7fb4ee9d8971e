/**
 * Sizes and gestational ages: what a catalog line says about the lesion size it privileges
 * ("Excision of soft tissue mass, subcutaneous (< 3 cm)", "…, 3 cm or greater") or the weeks of
 * pregnancy ("Dilation and evacuation, second trimester (up to 20 weeks)"), and what a booking
 * states ("LIPOMA R THIGH 6 CM", "2.5 X 1.5 CM", "D&E 22 WKS", "22w3d"). Read as weights are
 * (lib/procedures/weights.ts): a line covers a booking that states a measure only when it is within
 * the line's; a booking that states none is not held to a line's upper bound, and is no case for a
 * line that is only for larger lesions or later pregnancies.
 */

/** Inclusive bounds (centimetres or completed weeks); `unstatedFree`: a booking that states none is not held to it. */
export interface MeasureRange { min?: number; max?: number; unstatedFree?: boolean }

const NUMBER = '(\\d{1,2}(?:\\.\\d{1,2})?)';
const CM = `${NUMBER}\\s*(?:cm|centimet(?:er|re)s?)\\b`;
/** What a line states a size of in millimetres. */
const LESION = /\b(?:polyps?|lesions?|stones?|calculi|nodules?|mass(?:es)?|tumou?rs?|cysts?|neoplasms?)\b/i;
/** Millimetres, as endoscopy lines state polyp sizes ("polyps smaller than 20 mm"). */
const MM = `(\\d{1,3}(?:\\.\\d)?)\\s*(?:mm|millimet(?:er|re)s?)\\b`;
const WEEKS = `(\\d{1,2}(?:\\.\\d{1,2})?)\\s*(?:wks?|weeks?)\\b(?!\\s*old)`;
/** A share of the body's surface, as burn lines state it: "less than 20% total body surface area", "20% TBSA". */
const PERCENT = `${NUMBER}\\s*(?:%|percent|per cent)\\s*(?:of\\s+)?(?:(?:the\\s+)?total\\s+body\\s+surface\\s+area|body\\s+surface\\s+area|t?bsa)\\b`;
/** An area, as skin graft and wound lines state it: "up to 100 sq cm", "100 cm2". */
const AREA = `(\\d{1,4}(?:\\.\\d)?)\\s*(?:sq\\.?\\s*cm|cm2|cm²|square\\s+centimet(?:er|re)s?)`;
const TRIMESTER = /\b(?:first|second|third|1st|2nd|3rd)[-\s]trimester\b/i;

/** Words between a measure and its "or greater": "37 weeks gestation or later", "3 cm in diameter or larger". */
const TRAILING = '(?:\\s*(?:of\\s+)?gestation\\w*|\\s*in\\s+diameter)?';

function range(text: string, unit: string, unitStep: number, excludable: boolean | 'any' = false): MeasureRange | undefined {
  const t = text.toLowerCase();
  // (A bound in fractions — weeks and days — passes by a day, not a whole unit.)
  let step = unitStep;
  const at = (m: RegExpExecArray) => { step = m[1].includes('.') ? 0.01 : unitStep; return Number(m[1]); };
  // "3 to 5 cm", "14-20 weeks", "13 weeks through 19 weeks"
  let m = new RegExp(`${NUMBER}\\s*(?:to|-|–|through|thru)\\s*${unit}`).exec(t) ?? new RegExp(`${unit}\\s*(?:to|-|–|through|thru)\\s*${unit}`).exec(t);
  if (m) return { min: Number(m[1]), max: Number(m[2]) };
  // "between 14 weeks and 23 weeks 6 days"
  m = new RegExp(`between\\s*${unit}\\s*and\\s*${unit}`).exec(t);
  if (m) return { min: Number(m[1]), max: Number(m[2]) };
  // ("…, excludes infants under 5 kg": what the line leaves out is the other side of the bound.)
  // (A patient's weight only: a booking that states none is not held to it; weeks of a pregnancy or age are.)
  // (Only an exclusion of the patients themselves, "excludes infants under 5 kg": "except incarcerated hernia in
  // infants under 5 kg" leaves out one case, not every light patient.)
  // (Their age may stand between: "excluding children under 3 years or under 15 kg" leaves out the light ones too.)
  // (A lesion's size too, where the line takes those out: "…, excluding polyps larger than 20 mm" is up to 20 mm.)
  const excluded = (m: RegExpExecArray) => (excludable === 'any' && /\b(?:excludes?|excluding|except|not for|other than)\s+(?:[a-z-]+\s+){0,4}$/.test(t.slice(0, m.index)))
    || (!!excludable && /\b(?:excludes?|excluding|except|not for|other than)\s+(?:(?:former|ex-?)\s*)?(?:(?:premature|preterm|term)\s+)?(?:patients?|infants?|neonates?|newborns?|children|babies|recipients?)\s*(?:weighing\s*)?(?:(?:under|less than|below|younger than|over|older than|<)\s*\d+(?:\.\d+)?\s*(?:years?|yrs?|months?|mos?|weeks?)(?:\s+(?:old|of age))?\s*,?\s*(?:or|and)\s+(?:weighing\s*)?)?$/.test(t.slice(0, m.index)));
  m = new RegExp(`(?:less than|under|below|smaller than|<)\\s*${unit}`).exec(t);
  if (m) return excluded(m) ? { min: at(m) } : { max: at(m) - step };
  m = new RegExp(`(?:up to|not more than|no more than|≤|<=|at most)\\s*${unit}`).exec(t);
  if (m) return { max: Number(m[1]) };
  // "second trimester through 18 weeks 0 days": through a measure, from none.
  m = new RegExp(`(?:^|[^\\d.\\s])\\s*(?:through|thru|until)\\s*${unit}`).exec(t);
  if (m) return { max: Number(m[1]) };
  m = new RegExp(`(?:greater than|more than|over|above|larger than|beyond|>)\\s*${unit}`).exec(t);
  if (m) return excluded(m) ? { max: at(m) } : { min: at(m) + step };
  m = new RegExp(`(?:≥|>=|at least|from)\\s*${unit}`).exec(t);
  if (m) return { min: Number(m[1]) };
  m = new RegExp(`${unit}${TRAILING}\\s*(?:or|and)\\s*(?:greater|more|larger|over|above|later|beyond|after|onwards?)`).exec(t);
  if (m) return excluded(m) ? { max: at(m) - step } : { min: Number(m[1]) };
  m = new RegExp(`${unit}${TRAILING}\\s*(?:or|and)\\s*(?:less|smaller|under|below|earlier)`).exec(t);
  if (m) return excluded(m) ? { min: at(m) + step } : { max: Number(m[1]) };
  return undefined;
}

/** The share of the body's surface (per cent) a burn line is for, if any ("Burn excision and grafting, less than 20% total body surface area"). */
export function lineBurn(text: string): MeasureRange | undefined {
  return range(text, PERCENT, 1);
}

/** The share of the body's surface a booking states, if any ("BURN EXC + STSG 28% TBSA"). */
export function bookingBurn(text: string): number | undefined {
  const t = text.toLowerCase();
  // "28% TBSA", "25 PERCENT TBSA", "25 PCT BSA", "TBSA 25%", and a per cent beside a burn ("2ND/3RD DEGREE BURN 25%").
  const m = /(\d{1,2}(?:\.\d)?)\s*(?:%|percent|pct)\s*(?:of\s+)?(?:(?:the\s+)?total\s+body\s+surface\s+area|body\s+surface\s+area|t?bsa)\b/.exec(t)
    ?? /\bt?bsa\s*:?\s*(\d{1,2}(?:\.\d)?)\s*(?:%|percent|pct)/.exec(t)
    ?? (/\bburns?\b|\bdegree\b/.test(t) ? /(\d{1,2}(?:\.\d)?)\s*(?:%|percent|pct)(?!\w)/.exec(t) : null);
  return m ? Number(m[1]) : undefined;
}

/** A patient's weight, as transplant, paediatric and bariatric lines state it: "recipients 20 kg and greater", "150 kg or more" (three digits, never a tail of them). */
const KG = `(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,2})?)\\s*(?:kg|kgs|kilograms?)\\b`;

/** The patients' weights, in kilograms, a catalog line's wording limits it to, if any. */
export function lineKg(text: string): MeasureRange | undefined {
  return range(text, KG, 0.1, true);
}

const BOOKED_KG = new RegExp(KG, 'i');

/** The patient's weight in kilograms a booking states, if any ("PEDS RECIPIENT 3 YO / 12.4 KG"). */
export function bookingKg(text: string): number | undefined {
  const m = BOOKED_KG.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** The lesion sizes, in centimetres, a catalog line's wording limits it to, if any. */
export function lineSize(text: string): MeasureRange | undefined {
  const cm = range(text, CM, 0.1, 'any');
  if (cm) return cm;
  // In millimetres, held in centimetres as bookings' are: "smaller than 20 mm" is up to 1.9 cm — only
  // of what a size is said of (a polyp, a lesion, a stone): a stent's or an incision's millimetres are no limit.
  if (!LESION.test(text)) return undefined;
  const mm = range(text, MM, 1, 'any');
  return mm && { ...(mm.min !== undefined && { min: mm.min / 10 }), ...(mm.max !== undefined && { max: mm.max / 10 }) };
}

/** The area, in square centimetres, a catalog line's wording limits it to, if any ("Split-thickness skin graft, up to 100 sq cm"). */
export function lineArea(text: string): MeasureRange | undefined {
  return range(text, AREA, 1);
}

/** The largest area in square centimetres a booking states, if any ("STSG 150 SQ CM"). */
export function bookingArea(text: string): number | undefined {
  let most: number | undefined;
  for (const m of text.toLowerCase().matchAll(new RegExp(AREA, 'g'))) if (most === undefined || Number(m[1]) > most) most = Number(m[1]);
  return most;
}

/** Millilitres in a volume written "5,000 mL", "500 cc" or "6 L". */
const VOLUME = /\b(\d{1,2},\d{3}|\d{1,5}(?:\.\d{1,2})?)\s*(ml|cc|milliliters?|millilitres?|l|liters?|litres?)\b/g;
function millilitres(n: string, unit: string): number {
  const x = Number(n.replace(',', ''));
  return /^(?:ml|cc|milli)/.test(unit) ? x : x * 1000;
}

/** The volume, in millilitres, a catalog line's wording limits it to, if any ("Suction-assisted lipectomy, total aspirate up to 5,000 mL"). */
export function lineVolume(text: string): MeasureRange | undefined {
  const t = text.toLowerCase();
  for (const m of t.matchAll(VOLUME)) {
    const ml = millilitres(m[1], m[2]);
    const before = t.slice(0, m.index);
    const after = t.slice(m.index! + m[0].length);
    // ("…, within 5000 ml aspirate limits", "within 5 L": a bound.)
    if (/(?:up to|not more than|no more than|at most|within|≤|<=)\s*$/.test(before) || /^\s*or (?:less|fewer)\b/.test(after)) return { max: ml };
    if (/(?:less than|under|below|<)\s*$/.test(before)) return { max: ml - 1 };
    if (/(?:greater than|more than|over|above|exceeding|>)\s*$/.test(before)) return { min: ml + 1 };
    if (/(?:at least|≥|>=)\s*$/.test(before) || /^\s*or (?:more|greater)\b/.test(after)) return { min: ml };
  }
  return undefined;
}

/** The largest volume in millilitres a booking states, if any ("EST 6L ASPIRATE", "4000 CC"). */
export function bookingVolume(text: string): number | undefined {
  let most: number | undefined;
  const t = text.toLowerCase();
  for (const m of t.matchAll(VOLUME)) {
    // (Not what is put in or lost: "TUMESCENT 6 L", "EBL 500 ML", "irrigation 3 L".)
    if (/\b(?:tumescent|infiltrat\w*|wetting|superwet|fluid|ebl|blood loss|irrigation|saline|contrast)\b[^,;]{0,12}$/.test(t.slice(0, m.index))) continue;
    const ml = millilitres(m[1], m[2]);
    if (most === undefined || ml > most) most = ml;
  }
  return most;
}

/** An infant's age counted from conception: "post-conceptional age", "postmenstrual age", "PCA", "PMA", "corrected". */
const CONCEPTIONAL = /\b(?:post[-\s]?concept(?:ional|ual)|post[-\s]?menstrual|pca|pma|cga|corrected(?:\s+gestational)?)\b/i;

/**
 * The post-conceptional ages, in weeks, a catalog line's wording limits it to, if any: "excluding
 * premature infants under 50 weeks post-conceptional age" (every other patient), "Inguinal hernia
 * repair in premature infants under 50 weeks post-conceptional age" (those only).
 */
export function linePca(text: string): MeasureRange | undefined {
  return CONCEPTIONAL.test(text) ? range(text, WEEKS, 1, true) : undefined;
}

/** "…, excluding premature infants under 50 weeks post-conceptional age": the infants a post-conceptional bound leaves out (linePca reads it; no bound in years). */
export const PCA_EXCLUSION = new RegExp(String.raw`\b(?:excluding|except|other than|not for|excludes?)\s+(?:(?:former|ex-?)\s*)?(?:(?:premature|preterm)\s+)?(?:infants?|neonates?|babies)\s+(?:under|less than|younger than|below|<)\s*\d{1,2}\s*(?:wks?|weeks?)\s*(?:of\s+)?(?:${CONCEPTIONAL.source})(?:\s+age)?`, 'gi');

/** A post-conceptional age said outright in weeks ("44WK PCA", "PMA 46 WKS"): "PCA 10" may be a posterior cerebral artery, "CORRECTED 40 DEG" a curve. */
export function statedPca(text: string): number | undefined {
  const t = text.toLowerCase();
  const m = WEEKS_PCA.exec(t) ?? PCA_WEEKS.exec(t);
  return m ? Number(m[1]) : undefined;
}
// (Made once: every booking is asked, by its age and by its measures.)
const WEEKS_PCA = new RegExp(`${WEEKS}\\s*(?:${CONCEPTIONAL.source})`);
const PCA_WEEKS = new RegExp(`(?:${CONCEPTIONAL.source})\\s*(?:age\\s*)?:?\\s*(?:of\\s*)?${WEEKS}`);

/**
 * The post-conceptional age in weeks a booking states, if any ("44WK PCA", "PMA 46 WKS", "46 wks corrected"),
 * or that its birth weeks and age make ("EX-28 WK PREM, 10 WEEKS OLD": 38). NaN where it says a premature
 * infant and not how old ("EX-25 WEEKER", "PREMATURE INFANT"): a line bounded by it cannot tell.
 */
export function bookingPca(text: string): number | undefined {
  const t = text.toLowerCase();
  const stated = statedPca(t);
  if (stated !== undefined) return stated;
  const born = /\b(?:ex|former|formerly)[-\s]*(\d{2})\s*-?\s*(?:wks?|weeks?|w|wkers?|weekers?)\b|\bborn\s+(?:at\s+)?(\d{2})\s*(?:wks?|weeks?)\b/.exec(t);
  const bornAt = born ? Number(born[1] ?? born[2]) : undefined;
  const premature = (bornAt !== undefined && bornAt < 37) || /\b(?:preemie|premie|ex[-\s]?prem(?:ature)?|former\s+(?:preterm|premature|preemie)|(?:premature|preterm)\s+(?:infant|baby|neonate|newborn)|nicu)\b/.test(t);
  if (!premature) return undefined;
  const at = bornAt !== undefined && bornAt < 37 ? bornAt : undefined;
  const rest = born ? t.slice(born.index + born[0].length) : t;
  const weeksOld = /\b(\d{1,2})\s*-?\s*(?:wks?|weeks?)\s*old\b|\bnow\s+(\d{1,2})\s*-?\s*(?:wks?|weeks?)\b/.exec(rest);
  const daysOld = /\bdol\s*#?\s*(\d{1,3})\b|\b(\d{1,3})\s*-?\s*(?:days?\s*old|d\s*old|d\/o)\b/.exec(rest);
  const monthsOld = /\b(\d{1,2})\s*-?\s*(?:mo|m\/o|mos|months?)\b(?:\s*old)?/.exec(rest);
  const age = weeksOld ? Number(weeksOld[1] ?? weeksOld[2]) : daysOld ? Number(daysOld[1] ?? daysOld[2]) / 7 : monthsOld ? Number(monthsOld[1]) * 4.35 : undefined;
  return at !== undefined && age !== undefined ? Math.floor(at + age) : Number.NaN;
}

/** The weeks of pregnancy a catalog line's wording limits it to, if any ("up to 20 weeks", "first trimester"). */
export function lineWeeks(text: string): MeasureRange | undefined {
  // (Not an infant's age from conception: see linePca.)
  if (CONCEPTIONAL.test(text)) return undefined;
  // "13 weeks 0 days through 19 weeks 6 days", "up to 23 weeks 6 days": days as a fraction of a week.
  // ("14 0/7 through 20 6/7 weeks": sevenths as obstetric forms write them.)
  const days = text.toLowerCase().replace(/\b(\d{1,2})\s*(?:weeks?|wks?)\s*(?:and\s+)?(\d)\s*days?\b/g, (_m, w: string, d: string) => `${(Number(w) + Number(d) / 7).toFixed(2)} weeks`)
    .replace(/\b(\d{1,2})\s+([0-6])\s*\/\s*7\b/g, (_m, w: string, d: string) => (Number(w) + Number(d) / 7).toFixed(2));
  const said = range(days, WEEKS.replace('(?!\\s*old)', ''), 1, 'any');
  // ("Cesarean delivery, 24 weeks and beyond": a least week said so holds where the booking states its weeks;
  // most do not, and a cesarean that says none is no earlier one.)
  if (said) return said.min !== undefined && said.max === undefined && /\b(?:wks?|weeks?)\s+(?:and|or)\s+(?:beyond|after|onwards?)\b/.test(days) ? { ...said, unstatedFree: true } : said;
  // A trimester bounds it above only: a booking that states no weeks is not held to it, and the
  // operation's own name says the rest (a D&E is a second-trimester evacuation).
  if (TRIMESTER.test(text)) return { max: /\b(?:first|1st)\b/i.test(text) ? 13 + 6 / 7 : /\b(?:second|2nd)\b/i.test(text) ? 27 + 6 / 7 : 42 };
  return undefined;
}

/** The largest dimension in centimetres a booking states, if any ("6 CM", "3X2CM", "2.5 x 1.5 cm", "30 MM"). */
export function bookingSize(text: string): number | undefined {
  const t = text.toLowerCase();
  let most: number | undefined;
  // "3 x 2 cm": every number of the dimensions, the unit after the last.
  for (const m of t.matchAll(/\b(\d{1,2}(?:\.\d{1,2})?(?:\s*x\s*\d{1,2}(?:\.\d{1,2})?)*)\s*(cm|mm)\b/g)) {
    for (const n of m[1].split(/\s*x\s*/)) {
      const cm = m[2] === 'mm' ? Number(n) / 10 : Number(n);
      if (most === undefined || cm > most) most = cm;
    }
  }
  // "> 3 CM": larger than that.
  if (most !== undefined && /(?:>|greater than|more than|over|larger than)\s*\d/.test(t)) most += 0.1;
  return most;
}

/** The completed weeks of pregnancy a booking states, if any ("22 WKS", "18 weeks", "22w3d", "EGA 9"). */
export function bookingWeeks(text: string): number | undefined {
  const t = text.toLowerCase();
  // Weeks and days as a fraction of a week: "21.5 WEEKS", "20+5 WKS", "21 3/7 WEEKS", "22W3D", "22W".
  const full = /\b(\d{1,2})(?:\.(\d))?(?:\s*\+\s*(\d)|\s+(\d)\s*\/\s*7)?\s*(?:wks?|weeks?|w)(?:\b|(?=\d))(?!\s*old)(?:\s*(\d)\s*d(?:ays?)?\b)?/.exec(t);
  if (full) {
    const days = Number(full[3] ?? full[4] ?? full[5] ?? 0);
    return Number(full[1]) + (full[2] ? Number(full[2]) / 10 : days / 7);
  }
  // "34/40", "36+2/40": weeks of forty, as Commonwealth lists write gestation.
  // (Not a visual acuity: "VA 20/40".)
  const fortieths = /\b(?:va|vision|acuity|bcva|snellen)\b/.test(t) ? null : /(?<![\d/])(\d{1,2})(?:\s*\+\s*(\d))?\s*\/\s*40\b/.exec(t);
  if (fortieths) return Number(fortieths[1]) + Number(fortieths[2] ?? 0) / 7;
  // ("GA 45 YO", "GA 61F": general anesthesia and the patient's age, not 45 weeks.)
  const m = /\b(?:ega|ga|iup)\s*:?\s*(\d{1,2})\b(?!\s*-?\s*(?:yo|y\/o|y\.o|yrs?|years?|y|mos?|months?|m|f)\b)/.exec(t);
  if (m && Number(m[1]) <= 44) return Number(m[1]);
  const trimester = TRIMESTER.exec(t);
  return trimester ? ({ f: 10, '1': 10, s: 20, '2': 20 } as Record<string, number>)[trimester[0][0]] ?? 32 : undefined;
}

export function fits(range: MeasureRange, value: number): boolean {
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

/** A line's text without the sizes and weeks it is for, so that their words do not limit it twice. */
export function withoutMeasures(text: string): string {
  const lesion = LESION.test(text);
  return text
    // ("…, excluding premature infants under 50 weeks post-conceptional age": the infants the bound leaves out are
    // those under it, no premature infant whatever its age — linePca holds it.)
    .replace(PCA_EXCLUSION, ' ')
    // ("14 0/7 through 20 6/7 weeks": the sevenths go with their weeks.)
    .replace(/\b(\d{1,2})\s+[0-6]\s*\/\s*7\b/g, '$1')
    .replace(new RegExp(`\\(?\\s*(?:\\w+ than|under|over|below|above|up to|at least|at most|[<>≤≥]=?)?\\s*${AREA}(?:\\s*(?:or|and)\\s*(?:greater|more|larger|over|above|less|smaller|under|below))?\\s*\\)?`, 'gi'), ' ')
    .replace(new RegExp(`\\(?\\s*(?:\\w+ than|under|over|below|above|up to|at least|at most|[<>≤≥]=?)?\\s*${PERCENT}(?:\\s*(?:or|and)\\s*(?:greater|more|larger|over|above|less|smaller|under|below))?\\s*\\)?`, 'gi'), ' ')
    .replace(new RegExp(`\\(?\\s*(?:\\w+ than|under|over|below|above|up to|at least|at most|[<>≤≥]=?)?\\s*(?:${NUMBER}\\s*(?:to|through|-|–)\\s*)?(?:${CM}|\\d{1,2}\\s*(?:wks?|weeks?)\\b(?:\\s*gestation)?)(?:\\s*(?:or|and)\\s*(?:greater|more|larger|over|above|later|beyond|after|onwards?|less|smaller|under|below|earlier))?\\s*\\)?`, 'gi'), ' ')
    // (A lesion's millimetres, as lineSize reads them: "polyps smaller than 20 mm", "polyps 20 mm or larger".)
    .replace(new RegExp(`\\(?\\s*(?:\\w+ than|under|over|below|above|up to|at least|at most|[<>≤≥]=?)?\\s*(?:${NUMBER}\\s*(?:to|through|-|–)\\s*)?${MM}(?:\\s*(?:or|and)\\s*(?:greater|more|larger|over|above|less|smaller|under|below))?\\s*\\)?`, 'gi'), (m) => (lesion ? ' ' : m))
    .replace(new RegExp(`\\(?\\s*(?:(?:patients?|recipients?|children|infants?|weighing)\\s+)?(?:\\w+ than|under|over|below|above|up to|at least|at most|[<>≤≥]=?)?\\s*${KG}(?:\\s*(?:or|and)\\s*(?:greater|more|larger|over|above|less|smaller|under|below))?\\s*\\)?`, 'gi'), ' ')
    .replace(new RegExp(`,?\\s*${TRIMESTER.source}`, 'gi'), '')
    // (And what the weeks were counted from: "… under 50 weeks post-conceptional age".)
    .replace(new RegExp(`\\s*(?:${CONCEPTIONAL.source})(?:\\s+age)?`, 'gi'), ' ')
    .replace(/\s+,/g, ',')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
