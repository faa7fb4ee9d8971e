/**
 * Finding cases and people on a page. Pure DOM: takes a Document or Element, no extension APIs,
 * so the content script, the widget and tests share it.
 *
 * - Zero-config schedules: a <table>, or an ARIA grid/table, whose header names a practitioner
 *   column and a procedure column (optionally date and code). Each row is a case.
 * - Site adapters: CSS selectors for pages that are not plain tables.
 * - People in text: roster names as pages print them, and NPIs. Never inside inputs, textareas,
 *   contenteditable, scripts or styles, or InScope's own elements.
 */
import { scheduleColumns } from '../lib/columns';
import { datesInText, parsePrintedDate, type DateOrder } from '../lib/dates';
import { BoundedCache } from '../lib/bounded-cache';
import type { Adapter } from './adapter';
import { isClinicianTitle, isNameSuffix } from '../lib/names';

export interface FoundCase {
  row: Element;
  practitioner: string;
  procedure: string;
  code?: string;
  /** The row's facility (a Facility / Location column) and room, as printed: with several facilities loaded they say whose roster decides. */
  facility?: string;
  room?: string;
  /** ISO date, or undefined when the row shows none (the caller uses the page's date, else the horizon rule). */
  date?: string;
  /** The date cell's text when it could not be read as a date (the case is then unknown). */
  badDate?: string;
  /** The cell the case badge goes into. */
  anchor: Element;
}

export interface Columns {
  practitioner: number;
  procedure: number;
  date?: number;
  code?: number;
  facility?: number;
  room?: number;
}

/** Marks InScope's own elements; scanners and mutation handling skip them. */
export const HOST_ATTRIBUTE = 'data-inscope-host';
/** Set on <html> by the widget: a page that runs the widget is left to it (the extension stands down). */
export const WIDGET_ATTRIBUTE = 'data-inscope-widget';
/** Elements a host page renders itself (the widget defines them; docs/widget.md). */
export const CASE_ELEMENT = 'INSCOPE-CASE';
export const PERSON_ELEMENT = 'INSCOPE-PERSON';

/** Whitespace that is not one plain space: a run, a tab or newline, a no-break space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

/** Text with its whitespace runs made one space, trimmed; most cells need only the trim (no new string). */
function norm(s: string | null | undefined): string {
  if (!s) return '';
  const t = s.trim();
  return UNEVEN_SPACE.test(t) ? t.replace(/\s+/g, ' ') : t;
}

/** Header cell texts of a table or ARIA grid, with the element holding data rows. */
function headerOf(table: Element): string[] | undefined {
  if (table.tagName === 'TABLE') {
    const t = table as HTMLTableElement;
    const head = t.tHead?.rows[0] ?? (t.rows[0] && [...t.rows[0].cells].every((c) => c.tagName === 'TH') ? t.rows[0] : undefined);
    return head ? [...head.cells].map((c) => norm(c.textContent).toLowerCase()) : undefined;
  }
  const headerRow = [...table.querySelectorAll('[role="row"]')].find((r) => r.querySelector('[role="columnheader"]'));
  const cells = headerRow ? [...headerRow.querySelectorAll('[role="columnheader"]')] : [];
  return cells.length ? cells.map((c) => norm(c.textContent).toLowerCase()) : undefined;
}

/**
 * The columns of a schedule table, from its header and the text of its first rows (a column headed
 * "Start" is the case date only if its cells are dates). `settled` is false when a column could only
 * be told by cells the table does not have yet: ask again once it has rows.
 */
export function columnsOf(header: string[], rows: string[][] = []): (Columns & { settled: boolean }) | undefined {
  const c = scheduleColumns(header, rows);
  if (!c) return undefined;
  return {
    practitioner: c.practitioner, procedure: c.procedure, ...(c.date !== undefined ? { date: c.date } : {}), ...(c.code !== undefined ? { code: c.code } : {}),
    ...(c.facility !== undefined ? { facility: c.facility } : {}), ...(c.room !== undefined ? { room: c.room } : {}),
    settled: rows.length > 0 || c.date !== undefined,
  };
}

/** The text of the first rows' cells, for telling columns by what they hold. */
function sampleRows(table: Element, limit = 12): string[][] {
  const out: string[][] = [];
  eachRow(table, (r) => {
    const cells = cellsOf(r);
    const texts: string[] = [];
    for (let i = 0; i < cells.length; i++) texts.push(norm(cells[i].textContent));
    out.push(texts);
    return out.length < limit;
  });
  return out;
}

export interface ScheduleTable {
  table: Element;
  columns: Columns & { settled: boolean };
}

/** Tables and grids under `root` that read as OR schedules. */
export function findScheduleTables(root: ParentNode): ScheduleTable[] {
  const out: ScheduleTable[] = [];
  for (const table of root.querySelectorAll('table, [role="grid"], [role="table"], [role="treegrid"]')) {
    if (table.closest(`[${HOST_ATTRIBUTE}]`)) continue;
    const header = headerOf(table);
    const columns = header && columnsOf(header, sampleRows(table));
    if (columns) out.push({ table, columns });
  }
  return out;
}

/** Data rows of a schedule table (header rows excluded; nested tables' rows excluded). */
export function rowsOf(table: Element): Element[] {
  const out: Element[] = [];
  eachRow(table, (r) => void out.push(r));
  return out;
}

/**
 * Calls `each` with the table's data rows in order until it returns false. Index access and
 * plain loops, not spreading: every DOM call counts on a 2,000-row page (more so from a content
 * script), and telling the columns needs only the first rows.
 */
function eachRow(table: Element, each: (row: Element) => boolean | void): void {
  if (table.tagName === 'TABLE') {
    const t = table as HTMLTableElement;
    const bodies: ArrayLike<HTMLTableSectionElement | HTMLTableElement> = t.tBodies.length ? t.tBodies : [t];
    for (let b = 0; b < bodies.length; b++) {
      // A section's (or the table's) `rows` are its own rows only, never a nested table's.
      const rows = bodies[b].rows;
      for (let i = 0, n = rows.length; i < n; i++) {
        const r = rows[i];
        if (hasDataCell(r) && each(r) === false) return;
      }
    }
    return;
  }
  for (const r of table.querySelectorAll('[role="row"]')) {
    if (r.querySelector('[role="columnheader"]') || r.closest('[role="grid"], [role="table"], [role="treegrid"]') !== table) continue;
    if (each(r) === false) return;
  }
}

function hasDataCell(r: HTMLTableRowElement): boolean {
  const cells = r.cells;
  for (let i = 0, n = cells.length; i < n; i++) if (cells[i].tagName === 'TD') return true;
  return false;
}

/** The row's cells: a table row's live collection (read by index), or an ARIA row's cells. */
function cellsOf(row: Element): ArrayLike<Element> {
  if (row.tagName === 'TR') return (row as HTMLTableRowElement).cells;
  return row.querySelectorAll('[role="gridcell"], [role="cell"], [role="rowheader"]');
}

/**
 * The text of an element as the page shows it. InScope's own elements (badges, the chip, the card)
 * keep everything in their shadow roots, so a cell's `textContent` is the page's text alone — read
 * with one DOM call, as it is for every cell of a 2,000-row page.
 */
export function textOf(el: Element | null | undefined): string {
  return el ? norm(el.textContent) : '';
}

export type DateFormat = DateOrder;

export function readRow(row: Element, columns: Columns, dateFormat?: DateFormat): FoundCase | undefined {
  // Field by field, no loops over names: this runs for every row of a page, first of all cold.
  const cells = cellsOf(row);
  const practitioner = textOf(cells[columns.practitioner]);
  if (!practitioner) return undefined;
  const anchor = cells[columns.procedure];
  const procedure = textOf(anchor);
  if (!procedure) return undefined;
  const found: FoundCase = { row, practitioner, procedure, anchor };
  const code = columns.code === undefined ? '' : textOf(cells[columns.code]);
  if (code) found.code = code;
  const facility = columns.facility === undefined ? '' : textOf(cells[columns.facility]);
  if (facility) found.facility = facility;
  const room = columns.room === undefined ? '' : textOf(cells[columns.room]);
  if (room) found.room = room;
  if (columns.date !== undefined) applyDate(found, textOf(cells[columns.date]), dateFormat);
  return found;
}

function applyDate(found: FoundCase, text: string, format?: DateFormat): void {
  if (!text) return;
  const iso = readDate(text, format);
  if (iso) found.date = iso;
  else found.badDate = text;
}

/** A page prints the same few dates on many rows: each is read once (bench:overlay — 2,000 rows, a handful of days), per date format. */
const printedDates = new Map<DateFormat | undefined, BoundedCache<string, string | null>>();

/** A printed date as ISO: numeric forms read as `format` says (MM/DD/YYYY unless `dmy`), or with the month in words. */
function readDate(text: string, format?: DateFormat): string | null {
  let cache = printedDates.get(format);
  if (!cache) printedDates.set(format, (cache = new BoundedCache<string, string | null>(512)));
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const iso = parsePrintedDate(text, format);
  cache.set(text, iso);
  return iso;
}

/**
 * The date a page shows its cases on, from the element an adapter names (`pageDate`): an input's
 * value, a <time>'s datetime, else the element's text. When it cannot be read, or is not on the
 * page, `problem` says so: the rows without a date of their own are then unknown, never checked
 * at another day.
 */
export function readPageDate(root: ParentNode, spec: { selector: string; dateFormat?: DateFormat }): { date: string } | { text: string } {
  let el: Element | null = null;
  try {
    el = root.querySelector(spec.selector);
  } catch {
    // An invalid selector is refused when the adapter is saved; treat one from elsewhere as absent.
  }
  const text = el ? norm(el.tagName === 'INPUT' || el.tagName === 'SELECT' ? (el as HTMLInputElement).value : el.getAttribute('datetime') ?? textOf(el)) : '';
  const date = text && readDate(text, spec.dateFormat);
  return date ? { date } : { text };
}

/** Headings that name a day other than the schedule's ("Printed 11/30/2026", "Last updated …"). */
const NOT_THE_DAY = /\b(printed|updated|generated|refreshed|modified|exported|run|created|as of|since|born|dob)\b/i;

/** Where a page names the day it shows, besides a date picker: a <time datetime>, the table's caption, a heading. */
export const PRINTED_DAY_PLACES = 'time[datetime], caption, h1, h2, h3, h4, [role="heading"]';

/**
 * The days a page names outside date pickers (PRINTED_DAY_PLACES): <time>s outside rows, captions
 * and headings that name a day and are not about when the page was printed or updated.
 */
export function printedDays(root: ParentNode): string[] {
  const days: string[] = [];
  for (const el of root.querySelectorAll(PRINTED_DAY_PLACES)) {
    if (el.closest(`[${HOST_ATTRIBUTE}]`)) continue;
    if (el.tagName === 'TIME') {
      if (el.closest('tr, [role="row"]')) continue;
      const d = parsePrintedDate(el.getAttribute('datetime') ?? '');
      if (d) days.push(d);
      continue;
    }
    const text = norm(el.textContent);
    if (!text || text.length > 200 || NOT_THE_DAY.test(text)) continue;
    days.push(...datesInText(text));
  }
  return days;
}

/** The days the page's date pickers (<input type="date">, of `inputs`) show: their values, no DOM change when picked. */
export function pickedDays(inputs: ArrayLike<Element>): string[] {
  const days: string[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const el = inputs[i] as HTMLInputElement;
    if (el.type !== 'date') continue;
    const d = parsePrintedDate(el.value);
    if (d) days.push(d);
  }
  return days;
}

/**
 * The one day a page shows its cases on, when it says so without an adapter: a date picker's
 * value, a <time datetime>, the schedule table's caption, or a heading naming one day. Undefined
 * when the page names no day, or several (the rows' own dates, else the horizon rule, decide).
 */
export function oneDay(days: string[]): string | undefined {
  const set = new Set(days);
  return set.size === 1 ? [...set][0] : undefined;
}

/** Cases on a page an adapter describes. */
export function findAdapterCases(root: ParentNode, adapter: Adapter): FoundCase[] {
  const spec = adapter.case;
  if (!spec) return [];
  const out: FoundCase[] = [];
  for (const row of root.querySelectorAll(spec.row)) {
    if (row.closest(`[${HOST_ATTRIBUTE}]`)) continue;
    const practitionerEl = row.querySelector(spec.practitioner);
    const procedureEl = row.querySelector(spec.procedure);
    const practitioner = textOf(practitionerEl);
    const procedure = textOf(procedureEl);
    if (!practitioner || !procedure || !procedureEl) continue;
    const found: FoundCase = { row, practitioner, procedure, anchor: procedureEl };
    for (const f of ['code', 'facility', 'room'] as const) {
      const sel = spec[f];
      const text = sel ? textOf(row.querySelector(sel)) : '';
      if (text) found[f] = text;
    }
    if (spec.date) applyDate(found, textOf(row.querySelector(spec.date)), spec.dateFormat);
    out.push(found);
  }
  return out;
}

/**
 * `<inscope-case practitioner procedure code? date?>` elements within or around `scope`: the
 * element is both the row and the badge's anchor. The date is ISO (or another printed form).
 */
export function findElementCases(scope: Element): FoundCase[] {
  const els = scope.tagName === CASE_ELEMENT ? [scope] : [...scope.getElementsByTagName(CASE_ELEMENT.toLowerCase())];
  const out: FoundCase[] = [];
  for (const el of els) {
    const practitioner = norm(el.getAttribute('practitioner') ?? '');
    const procedure = norm(el.getAttribute('procedure') ?? '');
    if (!practitioner || !procedure) continue;
    const found: FoundCase = { row: el, practitioner, procedure, anchor: el };
    for (const f of ['code', 'facility', 'room'] as const) {
      const text = norm(el.getAttribute(f) ?? '');
      if (text) found[f] = text;
    }
    applyDate(found, norm(el.getAttribute('date') ?? ''));
    out.push(found);
  }
  return out;
}

/** `<inscope-person practitioner>` elements within `scope` (or `scope` itself) and the name each names. */
export function findElementPeople(scope: Element): Array<{ el: Element; text: string }> {
  const els = scope.tagName === PERSON_ELEMENT ? [scope] : [...scope.getElementsByTagName(PERSON_ELEMENT.toLowerCase())];
  return els.map((el) => ({ el, text: norm(el.getAttribute('practitioner') ?? '') })).filter((p) => p.text);
}

/** A name (or NPI) found in a text node. */
export interface FoundName {
  node: Text;
  start: number;
  end: number;
  text: string;
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'CODE', 'PRE', 'SVG', 'MATH', 'IFRAME', 'BUTTON']);
const WORD = /[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’-]*\.?|\d{10}/g;

/**
 * Should this element's text be left alone? Attributes only: `isContentEditable` would make the
 * browser compute styles for the whole page (the walk rejects an editable element's subtree).
 */
export function isExcluded(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName) || el.hasAttribute(HOST_ATTRIBUTE) || el.tagName === PERSON_ELEMENT || el.tagName === CASE_ELEMENT) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Finds printed names in text under `root`: a token sequence around a word whose name key is a
 * roster family name (`isFamily`), in the forms pages print ("Dr. Family", "Given M Family",
 * "G. Family", "Family, Given M", with degrees), and 10-digit NPIs (`isNpi`). `skip` excludes
 * subtrees (case rows, which get case badges).
 */
export function findNames(
  root: Node, isFamily: (key: string) => boolean, keyOf: (word: string) => string,
  options: { isNpi?: (digits: string) => boolean; skip?: (el: Element) => boolean } = {},
): FoundName[] {
  const doc = root.ownerDocument ?? (root as Document);
  const out: FoundName[] = [];
  const walker = doc.createTreeWalker(root, 0x5 /* elements + text */, {
    acceptNode(n) {
      if (n.nodeType === 1) {
        const el = n as Element;
        return isExcluded(el) || options.skip?.(el) ? 2 /* reject subtree */ : 3 /* skip element, visit children */;
      }
      return /[A-Za-z\d]/.test(n.nodeValue ?? '') ? 1 : 3;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const text = node.nodeValue ?? '';
    const tokens: Token[] = [];
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    let lastEnd = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.start < lastEnd) continue;
      if (/^\d{10}$/.test(t.text)) {
        if (options.isNpi?.(t.text)) {
          out.push({ node, start: t.start, end: t.end, text: t.text });
          lastEnd = t.end;
        }
        continue;
      }
      if (!/^[A-ZÀ-ÖØ-ÞĀ-Ž]/.test(t.text)) continue;
      // Family names of one to three words ("De La Cruz").
      let familyEnd = -1;
      for (let w = 3; w >= 1; w--) {
        if (i + w > tokens.length) continue;
        const words = tokens.slice(i, i + w);
        if (w > 1 && words.some((x, k) => k > 0 && text.slice(words[k - 1].end, x.start) !== ' ')) continue;
        if (isFamily(keyOf(words.map((x) => x.text.replace(/\.$/, '')).join(' ')))) {
          familyEnd = i + w - 1;
          break;
        }
      }
      if (familyEnd < 0) continue;
      let first = i;
      let last = familyEnd;
      const gap = (a: Token, b: Token) => text.slice(a.end, b.start);
      // "Family, Given M" — a comma right after the family name.
      const next = tokens[last + 1];
      if (next && /^,\s*$/.test(gap(tokens[last], next)) && /^[A-Z]/.test(next.text) && !isNameSuffix(next.text)) {
        last += 1;
        const middle = tokens[last + 1];
        if (middle && /^\s+$/.test(gap(tokens[last], middle)) && /^[A-Z]\.?$/.test(middle.text)) last += 1;
      } else {
        // "Given M Family" / "G. Family": up to two capitalised words before.
        for (let k = 0; k < 2 && first > 0; k++) {
          const prev = tokens[first - 1];
          if (!/^\s+$/.test(gap(prev, tokens[first])) || !/^[A-ZÀ-ÖØ-ÞĀ-Ž]/.test(prev.text) || isClinicianTitle(prev.text) || prev.start < lastEnd) break;
          first -= 1;
        }
      }
      // "Dr." before, degrees after.
      const before = tokens[first - 1];
      if (before && isClinicianTitle(before.text) && /^\s+$/.test(gap(before, tokens[first])) && before.start >= lastEnd) first -= 1;
      while (tokens[last + 1] && /^,?\s+$/.test(gap(tokens[last], tokens[last + 1])) && isNameSuffix(tokens[last + 1].text)) last += 1;
      const start = tokens[first].start;
      // A degree's full stop at the end of a sentence is not part of the name.
      const end = tokens[last].end - (last > familyEnd && isNameSuffix(tokens[last].text) && tokens[last].text.endsWith('.') ? 1 : 0);
      out.push({ node, start, end, text: text.slice(start, end) });
      lastEnd = end;
      i = last;
    }
  }
  return out;
}
