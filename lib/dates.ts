/**
 * Calendar dates as the roster and schedules use them: ISO `YYYY-MM-DD`, no time zone.
 * Comparisons use day numbers (days since 1970-01-01) so the rules never parse a date twice.
 */
import { BoundedCache } from './bounded-cache';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

const added = new BoundedCache<string, string>(50_000);

/** Adds (or subtracts) days to an ISO date (remembered: verdicts ask for the same few dates again and again). */
export function addDays(iso: string, days: number): string {
  const key = `${iso}|${days}`;
  let out = added.get(key);
  if (out === undefined) {
    out = isoFromDayNumber(dayNumber(iso) + days);
    added.set(key, out);
  }
  return out;
}

/** Today's date where the user is (local calendar), as ISO. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Two-digit years as exports and schedules print them: 00–69 → 20xx, 70–99 → 19xx. */
function fullYear(y: string): number {
  if (y.length === 4) return +y;
  const n = +y;
  return n < 70 ? 2000 + n : 1900 + n;
}

function iso(y: number, m: number, d: number): string | null {
  if (!validYmd(y, m, d)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A time after a date ("07:30", "7:30 AM", "0730", "T07:30:00-05:00"): the calendar date is what counts. */
const TRAILING_TIME = /(?:[\sT,@]+(?:at\s+)?\d{1,2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)(?:\s*(?:z|utc|gmt|[+-]\d{2}:?\d{2}|[ecmp][sd]t))?)$/i;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/;
const NUMERIC = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/;

/**
 * Reads a date as exports write them: ISO `YYYY-MM-DD` (also `YYYY/MM/DD`), US `MM/DD/YYYY`,
 * `M/D/YY` or `MM-DD-YYYY`, or an ISO date-time (its calendar date). Returns the ISO form, or null
 * when the text is not one of those or not a real date.
 */
export function parseLooseDate(text: string): string | null {
  const s = text.trim();
  if (isIsoDate(s)) return s;
  // An ISO date-time: keep the calendar date it names (in the offset it is written in).
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(s)) return isIsoDate(s.slice(0, 10)) ? s.slice(0, 10) : null;
  return readNumeric(s, 'mdy');
}

function readNumeric(s: string, format: DateOrder): string | null {
  const m = NUMERIC.exec(s);
  if (!m) return null;
  const [, a, sep, b, c] = m;
  if (a.length === 4) return sep === '.' && format !== 'iso' ? null : iso(+a, +b, +c);
  if (c.length === 2 && sep === '-' && format === 'iso') return null;
  // Dotted dates are European day-first; slashes and hyphens follow the page's order (US unless told).
  const dayFirst = format === 'dmy' || sep === '.';
  return iso(fullYear(c), dayFirst ? +b : +a, dayFirst ? +a : +b);
}

/** How a page orders day and month in numeric dates. */
export type DateOrder = 'iso' | 'mdy' | 'dmy';

const MONTHS = 'january february march april may june july august september october november december'.split(' ');

function monthOf(word: string): number {
  if (word.length < 3) return 0;
  if (word === 'sept') return 9;
  return MONTHS.findIndex((name) => name.startsWith(word)) + 1;
}

const WORDY = /^(?:[a-z]+\.?,?\s+)?(?:([a-z]{3,9})\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?[\s-]+(?:of\s+)?([a-z]{3,9})\.?)(?:,?[\s-]+|-)(\d{4}|\d{2})$/;

/**
 * Reads a date as schedule pages print it: what `parseLooseDate` reads, numeric dates in the
 * page's order (`dmy` for day-first pages), or with the month in English words, after a weekday
 * or not ("Tuesday, December 1, 2026", "Dec 1 2026", "1 Dec 2026", "01-DEC-26"), with or without a
 * time after it ("12/01/2026 07:30", "Dec 1, 2026 7:30 AM"). Returns the ISO form, or null.
 */
export function parsePrintedDate(text: string, order: DateOrder = 'mdy'): string | null {
  // Every form it reads has a digit: a name or a procedure in a column that might hold dates needs no further look.
  if (!/\d/.test(text)) return null;
  let s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}/.test(s)) return isIsoDate(s.slice(0, 10)) ? s.slice(0, 10) : null;
  s = s.replace(TRAILING_TIME, '').trim();
  if (isIsoDate(s)) return s;
  s = s.replace(WEEKDAY, '');
  const numeric = readNumeric(s, order);
  if (numeric || /^[\d/.-]+$/.test(s)) return numeric;
  const m = WORDY.exec(s);
  if (!m) return null;
  const month = monthOf(m[1] ?? m[4]);
  const day = +(m[2] ?? m[3]);
  return month ? iso(fullYear(m[5]), month, day) : null;
}

const IN_TEXT = new RegExp([
  String.raw`\b\d{4}-\d{2}-\d{2}\b`,
  String.raw`\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b`,
  String.raw`\b(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?(?:[a-z]{3,9}\.?[\s-]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[\s-]+(?:of\s+)?[a-z]{3,9}\.?)(?:,?[\s-]+|-)(?:\d{4}|\d{2})\b`,
].join('|'), 'gi');

/** Every distinct date a piece of text names ("OR schedule — Tuesday, December 1, 2026"), as ISO. */
export function datesInText(text: string, order: DateOrder = 'mdy'): string[] {
  // Every form has digits: text without any (most headings) needs no look (nor the pattern compiled).
  if (!/\d/.test(text)) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(IN_TEXT)) {
    const d = parsePrintedDate(m[0], order);
    if (d) out.add(d);
  }
  return [...out];
}
