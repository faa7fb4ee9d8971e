/**
 * Specimen weights: what a catalog line says about the uterus (or other organ) weight it privileges
 * ("uterus less than 250 g", "uterus 250 g or greater") and the weight a booking states ("600G
 * FIBROID UTERUS", "est wt 700 g"). A line covers a booking that states a weight only when the
 * weight is within it; a booking that states none is not held to it.
 */

/** Inclusive bounds in grams. */
export interface WeightRange { min?: number; max?: number }

const G = '(\\d{2,4})\\s*(?:g|gm|gms|gr|grams?)\\b';
/** A weight in grams a booking states (read for every booking: made once). */
const BOOKED_GRAMS = new RegExp(`\\b${G}`);

/** The weights a catalog line's wording limits it to, if any. */
export function lineWeight(text: string): WeightRange | undefined {
  const t = text.toLowerCase();
  let m = new RegExp(`(?:less than|under|below|smaller than|up to|<)\\s*${G}`).exec(t);
  if (m) return { max: Number(m[1]) - (/up to/.test(m[0]) ? 0 : 1) };
  m = new RegExp(`(?:greater than|more than|over|above|larger than|>)\\s*${G}`).exec(t);
  if (m) return { min: Number(m[1]) + 1 };
  m = new RegExp(`${G}\\s*(?:or|and)\\s*(?:greater|more|larger|over|above)`).exec(t);
  if (m) return { min: Number(m[1]) };
  m = new RegExp(`${G}\\s*(?:or|and)\\s*(?:less|smaller|under|below)`).exec(t);
  if (m) return { max: Number(m[1]) };
  return undefined;
}

/** The weight in grams a booking states, if any ("600G", "700 gm", "est wt 450 grams"). */
export function bookingWeight(text: string): number | undefined {
  const t = text.toLowerCase();
  const m = BOOKED_GRAMS.exec(t);
  if (m) {
    // "UTERUS >250 G", "over 250 grams": heavier than that; "<250 G": lighter.
    const before = t.slice(0, m.index);
    if (/(?:>|greater than|more than|over|above|larger than)\s*$/.test(before)) return Number(m[1]) + 1;
    if (/(?:<|less than|under|below|smaller than)\s*$/.test(before)) return Number(m[1]) - 1;
    return Number(m[1]);
  }
  // "UTERUS 0.5 KG", "1.2 kg".
  const kg = /\b(\d{1,2}(?:\.\d{1,2})?)\s*(?:kg|kgs|kilograms?)\b/.exec(t);
  return kg ? Math.round(Number(kg[1]) * 1000) : undefined;
}

export function weightFits(range: WeightRange, grams: number): boolean {
  return (range.min === undefined || grams >= range.min) && (range.max === undefined || grams <= range.max);
}

/** A line's text without the weight it is for, so that its words do not limit it twice. */
export function withoutWeight(text: string): string {
  return text
    .replace(new RegExp(`,?\\s*(?:for )?(?:uterus )?(?:\\w+ than|under|over|below|above|up to|[<>])?\\s*${G}(?: (?:or|and) \\w+)?|,?\\s*any uterine (?:weight|size)`, 'gi'), '')
    .trim();
}
