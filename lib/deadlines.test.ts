import { describe, expect, it } from 'vitest';
import { countByWindow, deadlines, filterDeadlines, noticesCsv, noticesIcs, noticesMailto } from './deadlines';
import type { Practitioner, PrivilegeDef } from './roster/schema';

const TODAY = '2026-12-02';
const catalog: PrivilegeDef[] = [{ id: 'GS-CORE', name: 'General Surgery Core', department: 'Surgery', kind: 'core', procedures: [] } as unknown as PrivilegeDef];
const person = (id: string, family: string, over: Partial<Practitioner>): Practitioner => ({
  id, name: { family, given: ['Ann'] }, type: 'MD', department: 'Surgery', status: 'active', credentials: [], privileges: [], ...over,
} as Practitioner);

const roster = [
  person('P1', 'Alvarez', {
    credentials: [
      { kind: 'license', identifier: 'CA-A12345', issuer: 'CA', expires: '2026-12-20' },
      { kind: 'license', identifier: 'CA-A12345', issuer: 'CA', expires: '2026-06-30' },
      { kind: 'dea', identifier: 'BA1234563', expires: '2026-11-25' },
    ],
    privileges: [{ privilegeId: 'GS-CORE', status: 'granted', expires: '2027-02-10' }],
  }),
  person('P2', 'Baker', { type: 'CRNA', department: 'Anesthesia', credentials: [{ kind: 'bls', expires: '2027-01-15' }] }),
  person('P3', 'Chen', { status: 'suspended', credentials: [{ kind: 'license', expires: '2026-12-05' }] }),
  person('P4', 'Diaz', { credentials: [{ kind: 'license', expires: '2027-09-01' }, { kind: 'acls', expires: '2024-01-01' }] }),
];

describe('the deadlines board', () => {
  const items = deadlines(roster, catalog, TODAY);

  it('lists what has expired and what expires within 90 days, soonest first, with days left and window — only the latest of a kind, only active practitioners', () => {
    expect(items.map((i) => [i.practitioner.id, i.what, i.expires, i.daysLeft, i.window])).toEqual([
      ['P1', 'DEA registration', '2026-11-25', -7, 'expired'],
      ['P1', 'License (CA)', '2026-12-20', 18, '0-30'],
      ['P2', 'BLS', '2027-01-15', 44, '31-60'],
      ['P1', 'General Surgery Core', '2027-02-10', 70, '61-90'],
    ]);
  });

  it('never shows a credential number', () => {
    const text = JSON.stringify(items) + noticesCsv(items) + noticesIcs(items, new Date('2026-12-02T10:00:00Z')) + decodeURIComponent(noticesMailto(items));
    expect(text).not.toMatch(/CA-A12345|BA1234563/);
  });

  it('filters by window, kind, department, type and words, and counts each window', () => {
    expect(filterDeadlines(items, { windows: ['expired', '0-30'] }).map((i) => i.what)).toEqual(['DEA registration', 'License (CA)']);
    expect(filterDeadlines(items, { kind: 'privilege' }).map((i) => i.what)).toEqual(['General Surgery Core']);
    expect(filterDeadlines(items, { department: 'Anesthesia' }).map((i) => i.practitioner.id)).toEqual(['P2']);
    expect(filterDeadlines(items, { type: 'CRNA' }).map((i) => i.practitioner.id)).toEqual(['P2']);
    expect(filterDeadlines(items, { search: 'alvarez lic' }).map((i) => i.what)).toEqual(['License (CA)']);
    expect(filterDeadlines(items, { sort: 'latest' })[0].what).toBe('General Surgery Core');
    expect(countByWindow(items)).toEqual({ expired: 1, '0-30': 1, '31-60': 1, '61-90': 1 });
  });

  it('writes notices: a mail-merge CSV, an iCalendar file with a reminder a month ahead, and a mailto: draft', () => {
    const csv = noticesCsv(items.slice(0, 2));
    expect(csv.split('\r\n')[0]).toBe('practitioner,practitioner_id,type,department,what,kind,status,expires,days_left');
    // A cell that would start a spreadsheet formula is quoted as text.
    expect(csv.split('\r\n')[1]).toBe('"Ann Alvarez, MD",P1,MD,Surgery,DEA registration,dea,expired,2026-11-25,\'-7');
    const ics = noticesIcs(items.slice(1, 2), new Date('2026-12-02T10:00:00Z'));
    expect(ics).toContain('BEGIN:VCALENDAR\r\nVERSION:2.0');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261220\r\nDTEND;VALUE=DATE:20261221');
    expect(ics).toContain('SUMMARY:License (CA) expires — Ann Alvarez\\, MD');
    expect(ics).toContain('TRIGGER:-P30D');
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    const mail = noticesMailto(items.slice(0, 1));
    expect(mail.startsWith('mailto:?subject=')).toBe(true);
    expect(decodeURIComponent(mail)).toContain('- Ann Alvarez, MD: DEA registration, expired 2026-11-25');
  });
});
