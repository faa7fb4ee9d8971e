/**
 * Schedule exports (CSV) for `inscope audit`: a header row naming (in any of the ways OR systems
 * print it — lib/columns.ts) the practitioner and procedure columns, and optionally the date,
 * code, room, case id, NPI, department and facility (Location). Dates ISO, US (MM/DD/YYYY, M/D/YY) or with the month
 * in words, with or without a time. A row with fewer cells than the header is an error.
 */
import { parseCsv, type CsvRow } from './csv';
import { scheduleColumns, type ScheduleColumns } from './columns';
import { parsePrintedDate } from './dates';
import type { CaseInput } from './engine';

export interface ScheduledCase {
  /** Line of the row in the file. */
  line: number;
  id?: string;
  /** The date cell as written ('' when the row or the schedule has none). */
  rawDate: string;
  /** ISO date, or undefined when the cell is empty or not a date (`rawDate` says which). */
  date?: string;
  practitioner: string;
  procedure: string;
  code?: string;
  room?: string;
  npi?: string;
  department?: string;
  facility?: string;
}

export class ScheduleError extends Error {}

export interface Schedule {
  cases: ScheduledCase[];
  columns: ScheduleColumns;
  header: string[];
}

export function parseSchedule(text: string): Schedule {
  const rows: CsvRow[] = parseCsv(text);
  if (!rows.length) throw new ScheduleError('the schedule file is empty: it needs a header row and one row per case');
  const header = rows[0].cells.map((h) => h.trim());
  const columns = scheduleColumns(header, rows.slice(1).map((r) => r.cells));
  if (!columns) {
    throw new ScheduleError(
      `the schedule names no practitioner or no procedure column (its header is: ${header.join(', ')}); ` +
      'it needs a practitioner (surgeon, provider…) and a procedure column, and usually a date',
    );
  }
  const cell = (cells: string[], i: number | undefined) => (i === undefined ? undefined : (cells[i] ?? '').trim() || undefined);
  const cases = rows.slice(1).map(({ line, cells }) => {
    if (cells.length < header.length && !(cells.length === 1 && header.length > 1 && cells[0].trim() === '')) {
      throw new ScheduleError(`line ${line} has ${cells.length} cell${cells.length === 1 ? '' : 's'} where the header has ${header.length}: the file may be cut off or a field unquoted`);
    }
    const rawDate = cell(cells, columns.date) ?? '';
    const c: ScheduledCase = {
      line, rawDate, practitioner: cell(cells, columns.practitioner) ?? '', procedure: cell(cells, columns.procedure) ?? '',
    };
    const date = rawDate ? parsePrintedDate(rawDate) : null;
    if (date) c.date = date;
    for (const f of ['id', 'code', 'room', 'npi', 'department', 'facility'] as const) {
      const v = cell(cells, columns[f]);
      if (v) c[f] = v;
    }
    return c;
  });
  return { cases, columns, header };
}

/**
 * What the core is asked about a scheduled case: an NPI the roster knows names the practitioner
 * (it tells namesakes apart, so does a department column); a date cell that cannot be read is
 * asked as written (the verdict is then unknown); no date at all is checked across the horizon.
 */
export function caseInputOf(c: ScheduledCase, knowsNpi: (npi: string) => boolean): CaseInput {
  return {
    practitioner: c.npi && knowsNpi(c.npi) ? c.npi : c.practitioner,
    procedure: c.procedure,
    code: c.code,
    department: c.department,
    date: c.date ?? (c.rawDate ? c.rawDate : undefined),
    ...(c.facility ? { facility: c.facility } : {}),
    ...(c.room ? { room: c.room } : {}),
  };
}
