/**
 * Schedule exports (CSV) for `inscope audit`: a header row, case-insensitive columns `date`,
 * `practitioner` (or `surgeon`, `provider`), `procedure`, and optionally `code`, `room`,
 * `start`, `id`. Dates ISO or MM/DD/YYYY.
 */
import { parseCsv } from './csv';
import { parseLooseDate } from './dates';

export interface ScheduledCase {
  /** Line of the row in the file. */
  line: number;
  id?: string;
  /** ISO date, or null when the cell is not a readable date. */
  date: string | null;
  rawDate: string;
  practitioner: string;
  procedure: string;
  code?: string;
  room?: string;
  start?: string;
}

export class ScheduleError extends Error {}

const COLUMNS: Record<string, string[]> = {
  date: ['date', 'case date', 'surgery date', 'procedure date', 'service date'],
  practitioner: ['practitioner', 'surgeon', 'provider', 'physician', 'attending', 'proceduralist'],
  procedure: ['procedure', 'procedures', 'case', 'description', 'procedure description'],
  code: ['code', 'cpt', 'proc code', 'procedure code', 'icd10pcs', 'icd-10-pcs'],
  room: ['room', 'or', 'location'],
  start: ['start', 'start time', 'time'],
  id: ['id', 'case id', 'case number', 'case #', 'case no'],
};
const REQUIRED = ['date', 'practitioner', 'procedure'];

export function parseSchedule(text: string): ScheduledCase[] {
  const rows = parseCsv(text);
  if (!rows.length) throw new ScheduleError('the schedule file is empty: it needs a header row and one row per case');
  const header = rows[0].cells.map((h) => h.trim().toLowerCase().replace(/\s+/g, ' '));
  const index: Record<string, number> = {};
  for (const [field, names] of Object.entries(COLUMNS)) {
    const at = header.findIndex((h) => names.includes(h));
    if (at >= 0) index[field] = at;
  }
  const missing = REQUIRED.filter((f) => index[f] === undefined);
  if (missing.length) {
    throw new ScheduleError(
      `the schedule has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''} (its header is: ${rows[0].cells.join(', ')}); ` +
      'it needs date, practitioner (or surgeon/provider) and procedure',
    );
  }
  const cell = (cells: string[], f: string) => (index[f] === undefined ? undefined : (cells[index[f]] ?? '').trim() || undefined);
  return rows.slice(1).map(({ line, cells }) => {
    const rawDate = cell(cells, 'date') ?? '';
    const c: ScheduledCase = {
      line,
      date: parseLooseDate(rawDate),
      rawDate,
      practitioner: cell(cells, 'practitioner') ?? '',
      procedure: cell(cells, 'procedure') ?? '',
    };
    for (const f of ['id', 'code', 'room', 'start'] as const) {
      const v = cell(cells, f);
      if (v) c[f] = v;
    }
    return c;
  });
}
