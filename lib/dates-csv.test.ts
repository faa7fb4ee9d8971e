import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv, toCsv } from './csv';
import { addDays, dayNumber, isIsoDate, parseLooseDate, parsePrintedDate } from './dates';
import { parseSchedule, ScheduleError } from './schedule';

describe('dates as exports write them', () => {
  it('reads ISO and US month/day/year dates, and rejects impossible ones', () => {
    expect(parseLooseDate('2026-12-01')).toBe('2026-12-01');
    expect(parseLooseDate('12/01/2026')).toBe('2026-12-01');
    expect(parseLooseDate('1/5/2027')).toBe('2027-01-05');
    expect(parseLooseDate('2026-12-01T07:30:00')).toBe('2026-12-01');
    expect(parseLooseDate('02/30/2026')).toBeNull();
    expect(parseLooseDate('2026-13-01')).toBeNull();
    expect(parseLooseDate('tomorrow')).toBeNull();
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
  });

  it('reads dates a schedule page prints with the month in words, with or without the weekday', () => {
    expect(parsePrintedDate('Tuesday, December 1, 2026')).toBe('2026-12-01');
    expect(parsePrintedDate('Tue, Dec 1, 2026')).toBe('2026-12-01');
    expect(parsePrintedDate('Wed. Dec. 2 2026')).toBe('2026-12-02');
    expect(parsePrintedDate('1st December 2026')).toBe('2026-12-01');
    expect(parsePrintedDate('Sept 30, 2026')).toBe('2026-09-30');
    expect(parsePrintedDate('12/01/2026')).toBe('2026-12-01');
    // Not a month, not a real day, or no year: not a date (the rows it dates are unknown).
    expect(parsePrintedDate('Ma 3, 2026')).toBeNull();
    expect(parsePrintedDate('Mayday 1, 2026')).toBeNull();
    expect(parsePrintedDate('Feb 30, 2026')).toBeNull();
    expect(parsePrintedDate('December 1')).toBeNull();
    expect(parsePrintedDate('Monday')).toBeNull();
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(dayNumber('1970-01-02')).toBe(1);
  });
});

describe('CSV files', () => {
  it('reads a BOM, CRLF line ends, quoted commas, doubled quotes and line breaks in quotes', () => {
    const text = '\ufeffid,procedure,note\r\n1,"ORIF, L distal radius","said ""urgent"""\r\n2,"line one\r\nline two",x\r\n\r\n3,TKA,\r\n';
    const rows = parseCsv(text);
    expect(rows.map((r) => r.cells)).toEqual([
      ['id', 'procedure', 'note'],
      ['1', 'ORIF, L distal radius', 'said "urgent"'],
      ['2', 'line one\r\nline two', 'x'],
      ['3', 'TKA', ''],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 6]);
  });

  it('names the line of a quoted field that never closes', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(CsvError);
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(/line 2/);
  });

  it('writes cells that stay text in a spreadsheet', () => {
    expect(toCsv([['a,b', '=HYPERLINK("x")', 'plain']])).toBe('"a,b","\'=HYPERLINK(""x"")",plain\r\n');
  });
});

describe('schedule exports', () => {
  it('accepts surgeon or provider for the practitioner column, in any case, with optional columns', () => {
    const { cases } = parseSchedule('Case ID,DATE,Surgeon,Procedure,CPT,Room\r\nA-1,12/01/2026,"Peña, Elena",LAP CHOLE,,OR 3\r\n');
    expect(cases).toEqual([{ line: 2, id: 'A-1', date: '2026-12-01', rawDate: '12/01/2026', practitioner: 'Peña, Elena', procedure: 'LAP CHOLE', room: 'OR 3' }]);
    expect(parseSchedule('date,provider,procedure\n2026-12-02,Dr. Bello,L4-5 TLIF\n').cases[0].practitioner).toBe('Dr. Bello');
  });

  it('keeps a row whose date is unreadable so it can be reported, not dropped', () => {
    const [c] = parseSchedule('date,practitioner,procedure\nnext tuesday,Dr. Bello,TKA\n').cases;
    expect(c.date).toBeUndefined();
    expect(c.rawDate).toBe('next tuesday');
  });

  it('says which required columns are missing and what the header was', () => {
    expect(() => parseSchedule('when,who,what\n1,2,3\n')).toThrow(ScheduleError);
    expect(() => parseSchedule('when,surgeon,what\n1,2,3\n')).toThrow(/names no practitioner or no procedure column \(its header is: when, surgeon, what\)/);
  });
});
