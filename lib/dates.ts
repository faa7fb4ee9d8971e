/**
 * Calendar dates as the roster and schedules use them: ISO `YYYY-MM-DD`, no time zone.
 * Comparisons use day numbers (days since 1970-01-01) so the rules never parse a date twice.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
  return d <= DAYS_IN_MONTH[m - 1] + (leap ? 1 : 0);
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  return !!m && validYmd(+m[1], +m[2], +m[3]);
}

/** Day number of an ISO date (days since 1970-01-01); NaN when not a valid ISO date. */
export function dayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m || !validYmd(+m[1], +m[2], +m[3])) return NaN;
  return Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86_400_000;
}

/** ISO date of a day number. */
export function isoFromDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** Adds (or subtracts) days to an ISO date. */
export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumber(iso) + days);
}

/** Today's date where the user is (local calendar), as ISO. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * Reads a date as exports write them: ISO `YYYY-MM-DD` or US `MM/DD/YYYY` (also `M/D/YYYY`).
 * Returns the ISO form, or null when the text is not one of those or not a real date.
 */
export function parseLooseDate(text: string): string | null {
  const s = text.trim();
  if (isIsoDate(s)) return s;
  const m = US_DATE.exec(s);
  if (m && validYmd(+m[3], +m[1], +m[2])) {
    return `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  }
  // An ISO date-time: keep the calendar date it names.
  if (/^\d{4}-\d{2}-\d{2}T/.test(s) && isIsoDate(s.slice(0, 10))) return s.slice(0, 10);
  return null;
}

const MONTHS = 'january february march april may june july august september october november december'.split(' ');

/**
 * Reads a date as schedule pages print it: what `parseLooseDate` reads, or with the month in
 * English words, after a weekday or not ("Tuesday, December 1, 2026", "Dec 1 2026",
 * "1 Dec 2026"). Returns the ISO form, or null.
 */
export function parsePrintedDate(text: string): string | null {
  const loose = parseLooseDate(text);
  if (loose) return loose;
  const m = /^(?:[a-z]+\.?,?\s+)??(?:([a-z]{3,9})\.?\s+(\d{1,2})|(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?),?\s+(\d{4})$/.exec(text.trim().toLowerCase());
  const word = m && (m[1] ?? m[4]);
  const month = word ? MONTHS.findIndex((name) => name.startsWith(word)) + 1 : 0;
  const day = m && +(m[2] ?? m[3]);
  if (!m || !month || !validYmd(+m[5], month, day!)) return null;
  return `${m[5]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
