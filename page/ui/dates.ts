/**
 * One way to show a date on every InScope screen — cards, chip, popup, workspace — in the
 * browser's own locale ("Dec 3, 2026" in en-US, "3 déc. 2026" in fr-FR). Calendar days (ISO
 * dates) are shown as that day wherever the reader is; moments (timestamps) with their local time.
 * Exports (CSV, .ics) keep ISO: they are read by programs.
 */
const day = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const moment = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day or a timestamp, in the reader's locale; '—' for none, the text itself when it is not a date. */
export function showDate(value: string | undefined): string {
  if (!value) return '—';
  if (ISO_DAY.test(value)) {
    const t = Date.parse(`${value}T00:00:00Z`);
    // Not a day of the calendar ("2026-02-30", which Date rolls over into March): shown as written.
    return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== value ? value : day.format(t);
  }
  const t = Date.parse(value);
  return /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(t) ? moment.format(t) : value;
}

/** Every ISO day or timestamp inside a sentence (a reason from the core, a change), shown the same way. */
export function showDates(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g, (m) => showDate(m));
}
