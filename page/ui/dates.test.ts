import { describe, expect, it } from 'vitest';
import { showDate, showDates } from './dates';

const inLocale = (iso: string) => new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${iso}T00:00:00Z`));

describe('dates as the reader\'s locale shows them', () => {
  it('shows a calendar day as that day, a timestamp with its time, and leaves other text alone', () => {
    expect(showDate('2026-12-03')).toBe(inLocale('2026-12-03'));
    expect(showDate('2026-12-03')).not.toContain('2026-12-03');
    expect(showDate('2026-11-20T06:00:00Z')).toContain('2026');
    expect(showDate('next week')).toBe('next week');
    expect(showDate(undefined)).toBe('—');
    // Not a calendar day: shown as written, never rolled over into March.
    expect(showDate('2026-02-30')).toBe('2026-02-30');
  });

  it('shows every date inside a sentence the same way', () => {
    expect(showDates('License (CA) expires 2026-12-12 (in 10 days).')).toBe(`License (CA) expires ${inLocale('2026-12-12')} (in 10 days).`);
    expect(showDates('Credentials current on 2026-12-02.')).toBe(`Credentials current on ${inLocale('2026-12-02')}.`);
    expect(showDates('No date here, room 2026')).toBe('No date here, room 2026');
  });
});
