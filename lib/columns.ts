/**
 * Which column of a schedule is which — one reading for schedule exports (`inscope audit`) and
 * schedule tables on pages. Headers as OR systems print them ("Surgeon", "Primary Surgeon",
 * "Surg Date", "Surgery Dt", "DOS", "Case #"), checked against the cells under them: a column
 * headed "Start" or "Scheduled" is the case date only when its cells are dates, and a column of
 * dates under no known header is one too. Columns that hold another day (birth, booking, admission)
 * are never the case date.
 */
import { parsePrintedDate, type DateOrder } from './dates';

export interface ScheduleColumns {
  practitioner: number;
  procedure: number;
  date?: number;
  code?: number;
  room?: number;
  id?: number;
  npi?: number;
  department?: number;
  /** Where the case is (a health system's schedule shows several facilities): Facility, Location, Hospital, Site, Campus. */
  facility?: number;
}

type Field = keyof ScheduleColumns;

/** A header as compared: lower case, punctuation as spaces, "#" kept. */
export function headerKey(h: string): string {
  return h.toLowerCase().replace(/[^a-z0-9#]+/g, ' ').trim();
}

const HEADERS: Array<[Field, RegExp]> = [
  ['npi', /^(surgeon |provider |physician |attending )?npi( number| #)?$/],
  ['code', /^(cpt|hcpcs|icd 10 pcs|icd10pcs|pcs|proc code|procedure code|proc cd|cpt code|cpt codes|code|codes|cpt #)$/],
  ['id', /^(case|case id|case #|case no|case number|case num|log #|log id|or case #|surgery #|id|#)$/],
  ['room', /^(room|or|or room|or #|rm|theater|theatre|suite)$/],
  ['department', /^(department|dept|service|specialty|surgical service)$/],
  ['facility', /^(facility|facility name|location|loc|location name|hospital|hospital name|site|site name|campus|surgical location|surgery location|surgical site location|or location|case location|surgical facility|facility location|performing facility|place of service|pos|surgical area|surgery area|surg area|or area)$/],
  ['practitioner', /^(primary |attending |lead |performing |operating )?(surgeon|surgeons|provider|providers|physician|physicians|attending|proceduralist|practitioner|operator|doctor|dr|surgeon name|provider name|physician name|staff)( name| 1| \(primary\))?$/],
  ['procedure', /^(scheduled |planned |primary |booked )?(procedure|procedures|proc|procedure name|procedure description|procedure desc|proc desc|case|case description|description|operation|booking|surgery|surgical procedure|procedure text|procedure s|procedures scheduled)$/],
];

/** Headers that name the case's day outright, and ones that only might (their cells decide). */
const DATE_HEADER = /\b(date|dt|dos|day)\b/;
const MAYBE_DATE_HEADER = /^(scheduled|sched|start|start time|starts|appt|appt time|appointment|when|time|case start|in room|or time)$/;
/** Days that are not the case's. */
const OTHER_DAY = /\b(birth|dob|born|admit|admission|admitted|discharge|created|modified|updated|entered|booked|booking|request|requested|consent|referral|last|dictated|signed|print|printed)\b/;

/**
 * The columns of a schedule from its header and (optionally) some rows of cells. Undefined when
 * the header names no practitioner or no procedure column.
 */
export function scheduleColumns(header: string[], rows: readonly string[][] = [], order: DateOrder = 'mdy'): ScheduleColumns | undefined {
  const keys = header.map(headerKey);
  const taken = new Set<number>();
  const found: Partial<ScheduleColumns> = {};
  // The date first, so "Case date" is a date and never the case description.
  const date = dateColumn(keys, rows, order);
  if (date !== undefined) {
    found.date = date;
    taken.add(date);
  }
  for (const [field, re] of HEADERS) {
    const i = keys.findIndex((k, n) => !taken.has(n) && re.test(k));
    if (i >= 0) {
      found[field] = i;
      taken.add(i);
    }
  }
  if (found.practitioner === undefined || found.procedure === undefined) return undefined;
  return found as ScheduleColumns;
}

/** Share of the non-empty cells in column `i` that read as dates (undefined: no cells to judge). */
function dateShare(rows: readonly string[][], i: number, order: DateOrder): number | undefined {
  let cells = 0;
  let dates = 0;
  for (const r of rows) {
    const v = r[i]?.trim();
    if (!v) continue;
    cells++;
    if (parsePrintedDate(v, order)) dates++;
  }
  return cells ? dates / cells : undefined;
}

function dateColumn(keys: string[], rows: readonly string[][], order: DateOrder): number | undefined {
  const sample = rows.slice(0, 25);
  const candidates: Array<{ i: number; rank: number }> = [];
  keys.forEach((k, i) => {
    if (OTHER_DAY.test(k)) return;
    const share = dateShare(sample, i, order);
    if (/^(case |surgery |surg |procedure |proc |sched |scheduled |service |or |op |operation )?(date|dt|dos|date of service|date of surgery)( time)?$/.test(k)) {
      // Plainly the case's date: its cells are read as dates, and one that is not is reported.
      candidates.push({ i, rank: 0 });
    } else if (DATE_HEADER.test(k)) {
      // Another header with "date" in it is the case date unless its cells plainly are not.
      if (share === undefined || share >= 0.5) candidates.push({ i, rank: 1 });
    } else if (MAYBE_DATE_HEADER.test(k)) {
      if (share !== undefined && share >= 0.6) candidates.push({ i, rank: 2 });
    } else if (share !== undefined && share >= 0.8 && sample.length >= 2) {
      candidates.push({ i, rank: 3 });
    }
  });
  candidates.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return candidates[0]?.i;
}
