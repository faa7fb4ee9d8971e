/**
 * Ages: what a catalog line says about the patients it privileges ("age 12 and over", "adults",
 * "pediatric"), and what a booking says about its patient ("3 YO", "18 MO", "PEDS"). A line
 * covers a booking that states an age only when the age is inside the line's; a booking that
 * states none is not held to it (most bookings do not say) — except that lines saying on their own
 * wording they are for children only do not cover it (the matcher decides; see docs/matching.md).
 */

import { beforeExclusion, withExclusionsLast } from '../vocabulary/read';
import { bookingWeeks, PCA_EXCLUSION, statedPca } from './measures';

/**
 * Inclusive bounds in years; `noNeonates`: not for newborns ("…, excluding neonates"). A booking's
 * `child`: only said to be a child, age not given, or one of `oneOf` ("15M": fifteen years or months); `neonate`: days or weeks old, or said newborn.
 */
export interface AgeRange { min?: number; max?: number; noNeonates?: boolean }
export type AgeSaid = ({ years: number } | { child: true; oneOf?: number[] }) & { neonate?: true };

const NEONATES = /\b(?:neonat\w*|newborns?)\b/;
/** Words for children of any age, not infants alone ("Treatment of retinopathy of prematurity" is a children's line). */
const OLDER_CHILDREN = /\b(?:pediatric|paediatric|paeds?|children|child|adolescents?|prematurity)\b/;
const INFANTS = /\binfants?\b/;

/**
 * After an age phrase's number, what says it is no age in years: another unit ("under 30 days", "< 10 kg",
 * "one or two levels") or a share of the body surface ("less than 20% total body surface area").
 */
const NOT_YEARS = String.raw`(?!\s*(?:%\s*(?:of\s+)?(?:total\s+)?(?:body\s+surface|tbsa)|percent\s+(?:of\s+)?(?:total\s+)?(?:body\s+surface|tbsa)|(?:days?|weeks?|wks?|months?|mos?|cm|mm|kg|g|grams?|lbs?|levels?)\b))`;

/** Age phrases, each with its bound: the least age, one more than a bound passed, the most, one less. */
const AGE_PHRASES = [
  /\b(?:ages?d?|patients?)\s*(\d{1,2})\s*(?:years?|yrs?)?(?:\s+of\s+age)?\s*(?:and|or|&)\s*(?:over|older|above|up)\b/,
  /\b(\d{1,2})\s*(?:years?|yrs?)(?:\s+of\s+age)?\s*(?:and|or|&)\s*(?:over|older|above)\b/,
  // ("Circumcision (patients above 12 years)": above a bound is older than it.)
  new RegExp(String.raw`\b(?:over|older than|above|greater than|more than)\s*(?:(?:the\s+)?age\s*(?:of\s*)?)?(\d{1,2})\b${NOT_YEARS}`),
  /\b(?:ages?d?\s*)?(\d{1,2})\s*(?:years?|yrs?)?(?:\s+of\s+age)?\s*(?:and|or|&)\s*(?:under|younger|below)\b/,
  // (In years: "excluding neonates (under 30 days of age)" says no age in years.)
  new RegExp(String.raw`\b(?:under|younger than|less than|below)\s*(?:(?:the\s+)?age\s*(?:of\s*)?)?(\d{1,2})\b${NOT_YEARS}`),
  // "pediatric (age < 14)", "(age ≥ 18)", "<3 years": a sign with "age" before it or years after it
  // (never a weight: "neonatal patients < 10 kg"). (≤ and ≥ written as escapes: a raw string keeps
  // what it is written with, and the widget's scripts are ASCII.)
  new RegExp(String.raw`\b(?:ages?d?|patients?)\s*(?:\u2264|<=|=<)\s*(\d{1,2})\b${NOT_YEARS}|(?:\u2264|<=|=<)\s*(\d{1,2})\s*(?:years?|yrs?|yo)\b`),
  new RegExp(String.raw`\b(?:ages?d?|patients?)\s*<\s*(\d{1,2})\b${NOT_YEARS}|<\s*(\d{1,2})\s*(?:years?|yrs?|yo)\b`),
  new RegExp(String.raw`\b(?:ages?d?|patients?)\s*(?:\u2265|>=|=>)\s*(\d{1,2})\b${NOT_YEARS}|(?:\u2265|>=|=>)\s*(\d{1,2})\s*(?:years?|yrs?|yo)\b`),
  new RegExp(String.raw`\b(?:ages?d?|patients?)\s*>\s*(\d{1,2})\b${NOT_YEARS}|>\s*(\d{1,2})\s*(?:years?|yrs?|yo)\b`),
];
const AGE_BOUNDS: Array<(n: number) => AgeRange> = [(n) => ({ min: n }), (n) => ({ min: n }), (n) => ({ min: n + 1 }), (n) => ({ max: n }), (n) => ({ max: n - 1 }),
  (n) => ({ max: n }), (n) => ({ max: n - 1 }), (n) => ({ min: n }), (n) => ({ min: n + 1 })];

/** "up to" a bound ("up to 28 days old"; "up to the age of 5 years"). */
const UP_TO = String.raw`up\s+to\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?`;
/** What says a bound is the patient's age: "old", "of age", "of life". */
const AGE_AFTER = String.raw`(?:\s+(?:old|of\s+age|of\s+life))\b`;
/** "infants up to 28 days", "patients up to 17 years": "up to" said of the patients. */
const UP_TO_AFTER_PATIENT = String.raw`(?:infants?|neonates?|newborns?|patients?|children|child|ages?d?)\s+${UP_TO}`;

/** "children over 12 months", "under 6 months of age": a bound in months, as a fraction of a year. */
const MONTH_PHRASES: Array<[RegExp, (n: number) => AgeRange]> = [
  [/\b(?:over|older than|at least)\s*(\d{1,2})\s*months?\b/, (n) => ({ min: n / 12 })],
  [/\b(\d{1,2})\s*months?(?:\s+of\s+age)?\s*(?:and|or|&)\s*(?:over|older|above)\b/, (n) => ({ min: n / 12 })],
  [/\b(?:under|younger than|less than)\s*(\d{1,2})\s*months?\b/, (n) => ({ max: (n - 1) / 12 })],
  [/\b(\d{1,2})\s*months?(?:\s+of\s+age)?\s*(?:and|or|&)\s*(?:under|younger|below)\b/, (n) => ({ max: n / 12 })],
  // ("infants 28 days of age or younger": a newborn's line, in days; up to a month is the first month.)
  [/\b(\d{1,3})\s*days?(?:\s+of\s+age)?\s*(?:and|or|&)\s*(?:under|younger|below)\b/, (n) => ({ max: n <= 31 ? 1 / 12 : n / 365 })],
  // ("Newborn circumcision, infants up to 28 days old", "children up to 12 months of age": the most,
  // said of the patient's age, in days, months or years; not "up to 3 levels" or "up to 6 weeks postpartum".)
  [new RegExp(String.raw`\b${UP_TO}(\d{1,3})\s*days?${AGE_AFTER}|\b${UP_TO_AFTER_PATIENT}(\d{1,3})\s*days?\b`), (n) => ({ max: n <= 31 ? 1 / 12 : n / 365 })],
  [new RegExp(String.raw`\b${UP_TO}(\d{1,2})\s*(?:months?|mos?)${AGE_AFTER}|\b${UP_TO_AFTER_PATIENT}(\d{1,2})\s*(?:months?|mos?)\b`), (n) => ({ max: n / 12 })],
  [new RegExp(String.raw`\b${UP_TO}(\d{1,2})\s*(?:years?|yrs?)${AGE_AFTER}|\b${UP_TO_AFTER_PATIENT}(\d{1,2})\s*(?:years?|yrs?)\b`), (n) => ({ max: n })],
];

/**
 * "patients 12 months through 17 years", "ages 2-17 years", "6 to 12 years of age": both bounds at
 * once, inclusive (a bound in months a fraction of a year). The second bound says its unit.
 */
const AGE_SPAN = /\b(?:(?:ages?d?|patients?)\s*(\d{1,2})\s*(months?|mos?|years?|yrs?)?|(\d{1,2})\s*(months?|mos?|years?|yrs?)?)\s*(?:through|thru|to|-|–)\s*(\d{1,2})\s*(months?|mos?|years?|yrs?)\b(?:\s+of\s+age)?/;
/** "(age 3 through 17)", "age 18-65,", "patients aged 2 to 17": a span after "age" or "patients" that closes its clause with no unit is in years (not "ASA patients 1 to 3", a class). */
const AGE_SPAN_BARE = /(?<!\b(?:asa|class)\s+)\b(?:ages?d?|patients?(?:\s+ages?d?)?)\s+(\d{1,2})\s*(?:through|thru|to|-|–)\s*(\d{1,2})(?=\s*(?:[),;]|$))/;

/** "neonates through 21 years", "birth to 17 years": from birth to the bound, inclusive. */
const FROM_BIRTH = /\b(?:neonates?|newborns?|infants?|birth)\s*(?:through|thru|to|-|–)\s*(\d{1,2})\s*(months?|mos?|years?|yrs?)\b/;

function spanOf(t: string): AgeRange | undefined {
  const birth = FROM_BIRTH.exec(t);
  if (birth) return { min: 0, max: birth[2].startsWith('mo') ? Number(birth[1]) / 12 : Number(birth[1]) };
  const bare = AGE_SPAN_BARE.exec(t);
  const m = AGE_SPAN.exec(t);
  if (!m) return bare && Number(bare[1]) <= Number(bare[2]) ? { min: Number(bare[1]), max: Number(bare[2]) } : undefined;
  const inYears = (n: string, unit: string | undefined) => (unit?.startsWith('mo') ? Number(n) / 12 : Number(n));
  const secondUnit = m[6];
  // ("ages 2 to 17 years": the first bound in the second's unit.)
  const min = m[1] !== undefined ? inYears(m[1], m[2] ?? secondUnit) : inYears(m[3], m[4]);
  const max = inYears(m[5], secondUnit);
  return min <= max ? { min, max } : undefined;
}

/** The ages a wording names, as a range (a line's main clause, or what its "excluding …" takes out). */
function rangeOf(t: string, service = false): AgeRange | undefined {
  // ("Pediatric lensectomy, age 2 years and older": a children's line from 2, not every age from 2.)
  const forChildren = (r: AgeRange) => (r.max === undefined && (r.min ?? 0) < 18 && /\b(?:pediatric|paediatric|paeds?|children|child)\b/.test(t) && !/\badults?\b/.test(t) ? { ...r, max: 17 } : r);
  const span = spanOf(t);
  if (span) return forChildren(span);
  for (const [i, re] of AGE_PHRASES.entries()) {
    const m = re.exec(t);
    if (!m) continue;
    const bound = AGE_BOUNDS[i](Number(m[1] ?? m[2]));
    // ("Augmentation mammaplasty, patients 18 and older (saline) or 22 and older (silicone)": a least age
    // per kind — the later, stricter one holds where the booking's kind is not read apart.)
    if (i <= 1 && bound.min !== undefined) {
      const later = [...t.slice(m.index + m[0].length).matchAll(/\b(\d{1,2})\s*(?:years?|yrs?)?(?:\s+of\s+age)?\s*(?:and|or|&)\s*(?:over|older|above)\b/g)].map((x) => Number(x[1]));
      if (later.length) return forChildren({ ...bound, min: Math.max(bound.min, ...later) });
    }
    return forChildren(bound);
  }
  for (const [re, bound] of MONTH_PHRASES) {
    // ("Tonsillectomy (adults, and children up to the age of 12 years)": "up to" bounds the children only.)
    if (re.source.includes('up\\s+to') && /\badults?\b/.test(t)) continue;
    const m = re.exec(t);
    if (m) return bound(Number(m[1] ?? m[2]));
  }
  const adult = /\badults?\b/.test(t);
  // ("Treatment of retinopathy of prematurity": its patients are infants.)
  const olderChild = OLDER_CHILDREN.test(t);
  const child = olderChild || INFANTS.test(t) || NEONATES.test(t);
  if (adult && !child) return { min: 18 };
  // Infants only (newborns among them): the first year; newborns only: the first month.
  // ("Tracheostomy, all ages including neonates": every age.)
  if (/\ball ages\b/.test(t)) return undefined;
  if (!service && !adult && !olderChild) {
    if (INFANTS.test(t)) return { max: 1 };
    if (NEONATES.test(t)) return { max: 1 / 12 };
  }
  // ("Core Privileges in Otolaryngology – General, Paediatric, Rhinology and Otology": a title listing
  // the children's practice beside the general one is for both.)
  // (Not one that names the children's first: "Pediatric, General and Thoracic Surgery" is a children's surgeon's.)
  const generalToo = /\bgeneral\s*(?:,|\/|&|\band\b)\s*(?:pediatric|paediatric)\b/.exec(t);
  if (service && generalToo && !/\b(?:pediatric|paediatric|children|neonatal)\b/.test(t.slice(0, generalToo.index))) return undefined;
  if (child && !adult) return { max: 17 };
  return undefined;
}

/**
 * What a catalog line's wording limits its patients to, if anything. What an "excluding …" clause
 * names is taken out: "…, excluding patients under 12 years" is for 12 and over, "…, excluding
 * pediatric" for adults, "…, excluding neonates" for all but newborns.
 */
export function lineAges(text: string, { service = false } = {}): AgeRange | undefined {
  // ("…, complex (iris expansion, capsular tension ring, pediatric)": one kind a list names, no limit.)
  // (A list of ages only, "(neonates, infants)", is the line's patients.)
  const AGE_WORD = /\b(?:pediatric|paediatric|paeds?|children|child|infants?|neonat\w*|newborns?|adolescents?|adults?)\b/;
  // (Not the infants a post-conceptional bound leaves out: measures.ts holds that bound.)
  const t = text.toLowerCase().replace(PCA_EXCLUSION, ' ').replace(/\([^()]*,[^()]*\)/g, (list) => (/\d/.test(list) || list.slice(1, -1).split(/,|\bor\b|\band\b/).every((x) => !x.trim() || AGE_WORD.test(x)) ? list : ''));
  // "Circumcision, beyond the newborn period", "…, older than 28 days": a child's line, newborns left out.
  if (/\b(?:beyond|after|past|outside|older than)\s+(?:the\s+)?(?:newborn|neonatal)\s+period\b|\b(?:older than|over|more than|beyond)\s+(?:28|30)\s+days\b/.test(t)) {
    const rest = rangeOf(t.replace(/\b(?:newborn|neonatal)\s+period\b/g, ' '));
    return { ...rest, noNeonates: true };
  }
  // (An "excluding …" clause ends at a semicolon: "…; excludes fusion; adults" is for adults.)
  // (Read with what it excludes said last, as beforeExclusion reads it: "(… excluded), adults" is for adults.)
  const head = beforeExclusion(t);
  const excludedAll = withExclusionsLast(t).slice(head.length);
  // (Nor past a comma that starts the line's own patients: "…, excluding the hand, patients 16 years
  // and older" is for sixteen and over — the hand is what it leaves out, not the patients.)
  // (Only one that says from what age on: "…, excluding infants, age under 1 year" says who the infants are.)
  const ownAges = /,\s*(?:(?:in|for)\s+)?(?:patients|pts|ages?|aged|adults?)\b(?![^,;]*\b(?:under|less\s+than|younger|below|up\s+to)\b|[^,;]*[<≤])/.exec(excludedAll);
  const ends = [excludedAll.indexOf(';'), ownAges?.index ?? -1].filter((i) => i >= 0);
  const semicolon = ends.length ? Math.min(...ends) : -1;
  const before = semicolon >= 0 ? `${head} ${excludedAll.slice(semicolon + 1)}` : head;
  // (What "including …" names, to its clause's end, is among its patients, not all of them:
  // "Tracheostomy, including neonates"; "…, including washings, patients 18 years and older" is still for adults.)
  // (A parenthesis right after the clause is the line's: "…, including labral repair (age 12 and older)".)
  const main = rangeOf(before.replace(/\b(?:including|incl)\b[^,;(]*/g, ' '), service);
  if (!excludedAll) return main;
  const rest = semicolon >= 0 ? excludedAll.slice(0, semicolon) : excludedAll;
  const out: AgeRange = { ...main };
  // Newborns alone: no bound in years, the booking's newborn is what is left out.
  // ("excluding neonates (under 30 days of age)": days say who a newborn is.)
  const inDays = rest.replace(/\b(?:under|less than|younger than)\s*\d{1,2}\s*(?:days?|weeks?|wks?)(?:\s+of\s+age)?/g, '');
  const onlyNewborns = NEONATES.test(rest) && !/\b(?:pediatric|paediatric|paeds?|children|child|infants?|adolescents?|under|younger|less than|\d)/.test(inDays.replace(NEONATES, ''));
  if (onlyNewborns) out.noNeonates = true;
  else {
    const ex = rangeOf(rest);
    // Taking out the young leaves the older, and the other way round.
    // (A bound in months is a fraction of a year: one month more.)
    if (ex?.max !== undefined && ex.min === undefined) out.min = Math.max(out.min ?? 0, ex.max + (Number.isInteger(ex.max) ? 1 : 1 / 12));
    if (ex?.min !== undefined && ex.max === undefined) out.max = Math.min(out.max ?? Infinity, ex.min - 1);
  }
  return out.min !== undefined || out.max !== undefined || out.noNeonates ? out : undefined;
}

/** "7 YO", "7 y/o", "7-year-old": the booking's patient's age in years. */
const YEARS_OLD = /\b(\d{1,2}(?:\.\d{1,2})?)\s*-?\s*(?:yo|y\/o|y\.o\.?|yr?s?\s*old|years?\s*old|-year-old|yrs?|y|ans?)\b/;

/**
 * "61F", "45 F", "32M": an age with the patient's sex, as US lists write it — read only where nothing
 * in the booking is a catheter, sheath, tube, line or access (French sizes: "CVL 7F", "6F GUIDE",
 * "VIA R RADIAL 6F"), never a tooth ("#14"), a measure ("2.5F") or a count ("X2 4F"); "M" only from
 * 18 ("9M" may be months, "3M" a brand).
 */
const AGE_SEX = /(?<![\w#./-])(\d{1,2})\s?([fm])\b(?![\w/-])/;
const FRENCH_SIZE_CONTEXT = /\b(?:cath\w*|sheaths?|guides?|tubes?|stents?|pigtails?|drains?|nephrostomy|micropuncture|introducers?|bougie|dilators?|picc|cvc|cvl|tlc|lines?|ports?|foley|ett|ngt|ogt|peg|access|radial|femoral|brachial|ij|fr|french|x\d)\b/;
/** "AGE 9", "PT AGE: 9", "(9Y)", "PT IS 16": an age said without "old" (not "AGE 11 MOS": months). */
const AGE_SAID = /\bage[:\s]\s*(\d{1,2})\b(?!\s*-?\s*(?:mo|m\/o|mos|months?|wks?|weeks?|days?|d\/o|dol)\b)|\((\d{1,2})\s*y\)|\b(?:pt|patient)\s+is\s+(\d{1,2})\b(?!\s*-?\s*(?:mo|m\/o|mos|months?|wks?|weeks?|days?|d\/o|dol)\b)/;

/** Not an age where it says when ("6 MONTHS POST ORIF", "3/12 AGO") or is a visual acuity ("6/12 VISION"). */
const NOT_AGE = '(?!\\s*(?:post|after|ago|prior|since|postop|post-op|po|s\\/p|vision|va|acuity)\\b)';
/** Nor where a date or an acuity comes before it ("DOS 15/12"). */
const DATED = /\b(?:dos|date|on|seen|f\/u|fu|va|vision|acuity)\s*:?\s*$/;
const MONTHS_OLD = new RegExp(`\\b(\\d{1,2})\\s*-?\\s*(?:mo|m\\/o|mos|months?|mois)\\b${NOT_AGE}`);
const TWELFTHS = new RegExp(`(?<![\\d/])(\\d{1,2})\\/12\\b(?!\\/)${NOT_AGE}`);
const FIFTY_SECONDS = new RegExp(`(?<![\\d/])(\\d{1,2})\\/52\\b${NOT_AGE}`);
const WEEKS_ON_NUMBER = new RegExp(`\\b(\\d{1,2})-?(?:wks?|weeks?)\\b(?!\\s*(?:from|out|of|x)\\b)${NOT_AGE}`);

/** Words that say a booking is for a pregnancy or its loss (the weeks of one are read by `bookingWeeks`). */
const PREGNANCY = /\b(?:c\/?s|cesarean|caesarean|lscs|ltcs|cerclage|gestation\w*|pregnan\w*|iup|sab|mab|eab|tab|iufd|ectopic|ecv|amnio\w*|labou?r|delivery|miscarriage|rpoc|poc|erpc|epl|evacuation|termination|breech|previa|fetal|foetal|fetus|ega|obstetric\w*|ob|postpartum|pp|antepartum|intrapartum|peripartum|placenta\w*|retained|blighted|ovum|molar|mole|hydatidiform|gtd|trimester|abortion|stillbirth|suction)\b|\bg\d+\s*p\d+/;

/** What a booking says about its patient's age, if anything. */
export function bookingAge(text: string): AgeSaid | undefined {
  // ("1 1/2 YO", "1.5 YO": a year and a half, not two or five.)
  const t = text.toLowerCase().replace(/\b(\d{1,2})\s+1\/2\b/g, '$1.5');
  const years = YEARS_OLD.exec(t) ?? AGE_SAID.exec(t);
  if (years) return { years: Number(years[1] ?? years[2] ?? years[3]) };
  // Months as a fraction of a year ("18 MO", "9 months", and as Commonwealth lists write it, "8/12").
  const unlessDated = (m: RegExpExecArray | null) => (m && !DATED.test(t.slice(0, m.index)) ? m : null);
  const months = unlessDated(MONTHS_OLD.exec(t)) ?? unlessDated(TWELFTHS.exec(t));
  // ("EX-29WK NOW 44WK PCA": an infant's post-conceptional age said outright, where no months are — its age
  // corrected from forty weeks; no weeks of its own.)
  const pca = months ? undefined : statedPca(t);
  if (pca !== undefined) return pca - 40 <= 4 ? { years: Math.max(0, pca - 40) / 52, neonate: true } : { years: (pca - 40) / 52 };

  // Weeks or days old ("5 wk old", "3 d/o", "2d old", "DOL 3", "6/52"); weeks alone ("4WK") where
  // nothing says a pregnancy, whose weeks are of gestation ("C/S 39 WKS").
  // (An evacuation's weeks too: "D&C 8 WKS", "D&E 14 WKS".)
  const pregnancy = PREGNANCY.test(t) || /\b(?:d&c|d&e|dnc)\b/.test(t);
  // (Written on the number, "4WK", "6-week": "2 WKS POST TRIAL" says when, not how old.)
  // ("ex-28wk preemie now 6 wks": how old now, of a former preterm infant.)
  const formerPreterm = /\bex-?\s*\d{2}\s*-?\s*(?:wks?|weeks?|w)\b|\b(?:preemie|premature|former preterm)\b/.test(t);
  // ("(age 5 wk)", "age: 3 days": an age said as one — not a gestational age, "GESTATIONAL AGE 12 WKS".)
  const weeks = /\b(\d{1,2})\s*-?\s*(?:wks?|weeks?)\s*old\b/.exec(t) ?? (pregnancy || /\bgestation\w*/.test(t) ? null : /\bage[:\s]\s*(\d{1,2})\s*-?\s*(?:wks?|weeks?)\b/.exec(t)) ?? (formerPreterm ? new RegExp(`\\bnow\\s+(\\d{1,2})\\s*-?\\s*(?:wks?|weeks?)\\b${NOT_AGE}(?!\\s*(?:pca|pma|post[-\\s]?concept\\w*|post[-\\s]?menstrual|corrected)\\b)`).exec(t) : null) ?? unlessDated(FIFTY_SECONDS.exec(t)) ?? (pregnancy ? null : WEEKS_ON_NUMBER.exec(t));
  const days = /\b\d{1,2}\s*-?\s*(?:days?\s*old|d\s*old|d\/o|dol)\b|\bdol\s*#?\s*\d{1,2}\b|\bage[:\s]\s*\d{1,2}\s*-?\s*(?:days?|d)\b/.test(t);
  // Days or up to four weeks old, or said to be a newborn: a neonate.
  const weeksOld = weeks && Number(weeks[1]);
  const neonate = days || (weeksOld !== null && weeksOld <= 4) || /\b(?:neonat\w*|newborns?|nicu)\b/.test(t);
  // (Up to five years in months, as parents and pediatric lists say them: "24 MO", "36 MOS".)
  if (months && Number(months[1]) < 60) return { years: Number(months[1]) / 12 };
  // (Weeks as a fraction of a year: a 12-week-old is within "ages 2 to 6 months".)
  if (weeksOld !== null && weeksOld <= 16) return neonate ? { years: weeksOld / 52, neonate: true } : { years: weeksOld / 52 };
  if (days) return { years: 0, neonate: true };
  const sexed = AGE_SEX.exec(t);
  if (sexed && !FRENCH_SIZE_CONTEXT.test(t)) {
    if (sexed[2] === 'f' || Number(sexed[1]) >= 18) return { years: Number(sexed[1]) };
    // "15M", "9M": fifteen years or months old, a child either way (not "3M", a maker's name).
    if (sexed[1] !== '3') return { child: true, oneOf: [Number(sexed[1]), Number(sexed[1]) / 12] };
  }
  // "PYLOROMYOTOMY, ADULT": said to be an adult, age not given.
  if (/\badults?\b/.test(t) && !/\b(?:peds|pediatric|paediatric|paeds?|child|infant|neonat\w*|newborns?|toddler|adolescent)\b/.test(t)) return { years: 18 };
  if (/\b(?:peds|pediatric|paediatric|p[eé]diatrique|paeds?|child|children|kids?|enfant|infant|neonat\w*|newborns?|nouveau-ne|toddler|adolescent|nicu|picu|preemie|premature|prematurity)\b/.test(t)) return neonate ? { child: true, neonate: true } : { child: true };
  return undefined;
}

/**
 * Whether a booking's stated age is within a line's: unsure is no — a child of no given age under a
 * line for 12 and over, or for under 12; "15M" under a line that fits fifteen years but not months.
 */
export function ageFits(range: AgeRange, said: AgeSaid): boolean {
  if (range.noNeonates && said.neonate) return false;
  const within = (years: number) => (range.min === undefined || years >= range.min) && (range.max === undefined || years <= range.max);
  if ('years' in said) return within(said.years);
  if (said.oneOf) return said.oneOf.every(within);
  // (A newborn of no given age is within a line for the first month: "NEWBORN CIRC" under "Newborn circumcision".)
  return (range.min === undefined || range.min <= 0) && (range.max === undefined || range.max >= 17 || (!!said.neonate && range.max >= 1 / 12 - 1e-9));
}

/** A line's text without the numeric ages it is for ("…, age 18 and older"), read apart by lineAges, so that they do not limit it as words too. */
export function withoutAges(text: string): string {
  let t = text.replace(new RegExp(`,?\\s*(?:in |for )?${FROM_BIRTH.source}`, 'gi'), '').replace(new RegExp(`,?\\s*(?:in |for )?${AGE_SPAN.source}`, 'gi'), '').replace(new RegExp(`,?\\s*(?:in |for )?${AGE_SPAN_BARE.source}`, 'gi'), '');
  for (const re of AGE_PHRASES) t = t.replace(new RegExp(`,?\\s*(?:in )?(?:patients? |ages? )?${re.source}(?: years?| yrs?)?(?: of age)?`, 'gi'), '');
  // ("children over 12 months": the months too, read apart as a fraction of a year.)
  for (const [re] of MONTH_PHRASES) t = t.replace(new RegExp(`\\s*${re.source}(?:\\s+of\\s+age)?`, 'gi'), '');
  // ("Circumcision, surgical excision, beyond the newborn period": no newborn's circumcision; read apart by lineAges.)
  t = t.replace(/,?\s*\b(?:beyond|after|past|outside|older than)\s+(?:the\s+)?(?:newborn|neonatal)\s+period\b/gi, '');
  return t.replace(/,?\s*\b(?:excluding|except)\s*$/i, '').trim();
}

/** Whether a booking says it is for a pregnancy: its words, gravida/para, or weeks of gestation ("14 WK SIZE" is a uterus). */
export function saysPregnancy(text: string): boolean {
  const t = text.toLowerCase().replace(/\b\d{1,2}\s*-?\s*(?:wks?|weeks?|w)\s*-?\s*sized?\b/g, ' ');
  return PREGNANCY.test(t) || bookingWeeks(t) !== undefined;
}
