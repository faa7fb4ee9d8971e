/**
 * Ages: what a catalog line says about the patients it privileges ("age 12 and over", "adults",
 * "pediatric"), and what a booking says about its patient ("3 YO", "18 MO", "PEDS"). A line
 * covers a booking that states an age only when the age is inside the line's; a booking that
 * states none is not held to it (most bookings do not say).
 */

/** Inclusive bounds in years; `child`: only said to be a child, age not given. */
export interface AgeRange { min?: number; max?: number }
export type AgeSaid = { years: number } | { child: true };

const NUM = '(\\d{1,2})';

/** What a catalog line's wording limits its patients to, if anything. */
export function lineAges(text: string): AgeRange | undefined {
  const t = text.toLowerCase();
  let m = new RegExp(`\\b(?:age[sd]?|patients?)\\s*${NUM}\\s*(?:years?|yrs?)?\\s*(?:and|or|&)\\s*(?:over|older|above|up)\\b`).exec(t)
    ?? new RegExp(`\\b${NUM}\\s*(?:years?|yrs?)\\s*(?:and|or|&)\\s*(?:over|older|above)\\b`).exec(t)
    ?? new RegExp(`\\b(?:over|older than)\\s*(?:age\\s*)?${NUM}\\b`).exec(t);
  if (m) return { min: Number(m[1]) + (/\b(?:over|older than)\s*(?:age\s*)?\d/.test(m[0]) && !/and|or|&/.test(m[0]) ? 1 : 0) };
  m = new RegExp(`\\b(?:under|younger than|less than)\\s*(?:age\\s*)?${NUM}\\b`).exec(t);
  if (m) return { max: Number(m[1]) - 1 };
  m = new RegExp(`\\b(?:age[sd]?\\s*)?${NUM}\\s*(?:years?|yrs?)?\\s*(?:and|or|&)\\s*(?:under|younger|below)\\b`).exec(t);
  if (m) return { max: Number(m[1]) };
  const adult = /\badults?\b/.test(t);
  const child = /\b(?:pediatric|paediatric|children|child|infants?|neonat\w*|newborns?)\b/.test(t);
  if (adult && !child) return { min: 18 };
  if (child && !adult) return { max: 17 };
  return undefined;
}

/** What a booking says about its patient's age, if anything. */
export function bookingAge(text: string): AgeSaid | undefined {
  const t = text.toLowerCase();
  const years = new RegExp(`\\b${NUM}\\s*-?\\s*(?:yo|y/o|y\\.o\\.?|yr?s?\\s*old|years?\\s*old|-year-old|yrs?)\\b`).exec(t);
  if (years) return { years: Number(years[1]) };
  // Months, weeks or days old ("18 MO", "5 wk old", "3 d/o"): an infant.
  if (/\b\d{1,2}\s*-?\s*(?:mo|m\/o|mos|months?\s*old|wks?\s*old|weeks?\s*old|days?\s*old|d\/o)\b/.test(t)) return { years: 0 };
  if (/\b(?:peds|pediatric|paediatric|child|infant|neonat\w*|newborn|toddler|nicu|picu)\b/.test(t)) return { child: true };
  return undefined;
}

/** Whether a booking's stated age is within a line's: unsure (a child of no given age under a line for 12 and over) is no. */
export function ageFits(range: AgeRange, said: AgeSaid): boolean {
  if ('years' in said) return (range.min === undefined || said.years >= range.min) && (range.max === undefined || said.years <= range.max);
  return range.min === undefined || range.min <= 0;
}
