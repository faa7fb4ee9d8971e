/**
 * What the overlay reads from a page: the cases in or around a changed element (schedule tables,
 * site adapters, the host's <inscope-case> elements) with the question each asks the core, and
 * the people named outside case rows (adapters' name elements, <inscope-person>, names in text).
 * Remembers per table what its columns are, per URL which adapters apply.
 */
import { isValidNpi } from '../../lib/npi';
import { nameKey } from '../../lib/names';
import { matchesPattern } from '../../lib/match-pattern';
import type { CaseInput } from '../../lib/engine';
import {
  CASE_ELEMENT, HOST_ATTRIBUTE, PERSON_ELEMENT, findAdapterCases, findElementCases, findElementPeople, findNames, findScheduleTables,
  PRINTED_DAY_PLACES, oneDay, pickedDays, printedDays, readPageDate, readRow, rowsOf, textOf, type Columns, type FoundCase, type FoundName,
} from '../scan';
import type { Adapter } from '../adapter';

/** The page's date for rows that print none: a day, or the text of an adapter's date element that could not be read. */
export type PageDate = { date: string } | { text: string };

/**
 * What the core is asked about a case: its row's date (as printed, when it cannot be read), else
 * the page's, else none — the core then gives a verdict only if it holds through the horizon.
 * With `facilities` (several facilities' rosters are loaded), the row's facility and room too.
 */
export function caseInput(found: FoundCase, page: PageDate | undefined, facilities = false): CaseInput {
  const input: CaseInput = { practitioner: found.practitioner, procedure: found.procedure };
  if (found.code) input.code = found.code;
  if (facilities && found.facility) input.facility = found.facility;
  if (facilities && found.room) input.room = found.room;
  if (found.date || found.badDate !== undefined) input.date = found.date ?? found.badDate;
  else if (page && 'date' in page) input.date = page.date;
  else if (page) {
    input.date = page.text;
    input.dateFrom = 'page';
  }
  return input;
}

/** One string per distinct question: a row asks again only when this changes. */
export function caseKey(input: CaseInput): string {
  return `${input.practitioner}\u0001${input.procedure}\u0001${input.code ?? ''}\u0001${input.date ?? '\u0002'}\u0001${input.dateFrom ?? ''}\u0001${input.facility ?? ''}\u0001${input.room ?? ''}\u0001${input.pinnedFacility ?? ''}`;
}

/** People named outside case rows, by how the page names them. */
export interface FoundPeople {
  /** Roster names and NPIs in text: the badge goes right after the name. */
  names: FoundName[];
  /** Elements an adapter says hold a name: their whole text is the name, the badge goes after them. */
  named: Array<{ el: Element; text: string }>;
  /** <inscope-person practitioner="…">: the badge goes inside. */
  elements: Array<{ el: Element; text: string }>;
}

export interface ReaderOptions {
  adapters?: Adapter[];
  /** The host's date for rows without one (the widget's option), ISO. */
  pageDate?: string;
}

export class PageReader {
  private readonly tableColumns = new WeakMap<Element, Columns | null>();
  /** Tables whose every row is a case: no names to look for outside their rows. */
  private readonly caseTables = new WeakSet<Element>();
  private active?: { url: string; adapters: Adapter[] };
  /** The days the page's headings and captions named when last read. */
  private printed?: string[];
  /** The page's inputs (a live list: it costs nothing while the page adds none). */
  private readonly inputs: HTMLCollectionOf<HTMLInputElement>;

  constructor(private readonly doc: Document, private readonly options: ReaderOptions = {}) {
    this.inputs = doc.getElementsByTagName('input');
  }

  /**
   * The adapters whose patterns match this page (or frame): matched again only when its URL
   * changes (an SPA route), not for every scope of every scan.
   */
  adapters(): Adapter[] {
    const url = this.doc.defaultView?.location.href ?? '';
    if (this.active?.url !== url) this.active = { url, adapters: (this.options.adapters ?? []).filter((a) => a.matches.some((p) => matchesPattern(p, url))) };
    return this.active.adapters;
  }

  /** The element an adapter says shows the page's date (a date picker): its changes mean a rescan. */
  pageDateSpec(): Adapter['pageDate'] {
    return this.adapters().find((a) => a.pageDate)?.pageDate;
  }

  /**
   * The date of rows that print none: the host's `pageDate`, else what an adapter's `pageDate`
   * element shows (`text` when it cannot be read), else the one day the page itself names.
   */
  pageDate(changed?: Element[]): PageDate | undefined {
    if (this.options.pageDate) return { date: this.options.pageDate };
    const spec = this.pageDateSpec();
    if (spec) return readPageDate(this.doc, spec);
    // The days headings and captions name are read again only when a change could have touched
    // one: not when every change is inside rows with no heading in them (a recycled or appended
    // row; bench:overlay: the whole-page query was a quarter of a recycled row's time). A date
    // picker's value changes with no DOM change: it is read every time.
    this.changed(changed);
    this.printed ??= printedDays(this.doc);
    const day = oneDay([...pickedDays(this.inputs), ...this.printed]);
    return day ? { date: day } : undefined;
  }

  /**
   * These elements changed (undefined: anything may have): the days read from headings and
   * captions are forgotten unless every change is inside rows with no heading in them. A scan
   * that does not need the page's day says what changed all the same.
   */
  changed(changed?: Element[]): void {
    const rowsOnly = changed && changed.every((el) => el.closest('tr, [role="row"]') && !el.closest(PRINTED_DAY_PLACES) && !el.querySelector(PRINTED_DAY_PLACES));
    if (!rowsOnly) this.printed = undefined;
  }

  /**
   * The scopes to read: a changed cell of a case row (`isCaseRow`) stands for its row, so a row the
   * page recycled, changing several cells at once, is read once (bench:overlay: 600 changed cells
   * of 200 recycled rows). Other scopes are kept as they are.
   */
  caseRowScopes(scopes: Element[], isCaseRow: (row: Element) => boolean): Element[] {
    const out = new Set<Element>();
    for (const scope of scopes) {
      const row = scope.closest('tr, [role="row"]');
      out.add(row && isCaseRow(row) ? row : scope);
    }
    return [...out];
  }

  /**
   * Cases within or around `scope`, with the anchor their badge goes into, one at a time: the
   * overlay asks about the first rows while it reads the rest.
   */
  *cases(scope: Element): Generator<FoundCase> {
    const seen = new Set<Element>();
    const fresh = (c: FoundCase | undefined): c is FoundCase => {
      if (!c || seen.has(c.row)) return false;
      seen.add(c.row);
      return true;
    };
    // Tables inside the scope, and the table the scope sits in (a changed cell or row).
    const tables = findScheduleTables(scope);
    // Columns told without any rows to look at ("Start" might be a date) are asked again later.
    for (const t of tables) if (t.columns.settled) this.tableColumns.set(t.table, t.columns);
    const around = scope.closest('table, [role="grid"], [role="table"], [role="treegrid"]');
    if (around && !tables.some((t) => t.table === around)) {
      const columns = this.columnsOf(around);
      if (columns) {
        const row = scope.closest('tr, [role="row"]');
        const rows = row && around.contains(row) ? [row] : rowsOf(around).filter((r) => scope.contains(r));
        for (const r of rows) {
          const c = readRow(r, columns);
          if (fresh(c)) yield c;
        }
      }
    }
    for (const t of tables) {
      let all = true;
      for (const r of rowsOf(t.table)) {
        const c = readRow(r, t.columns);
        if (!c) all = false;
        else if (fresh(c)) yield c;
      }
      if (all) this.caseTables.add(t.table);
      else this.caseTables.delete(t.table);
    }
    const element = scope.closest(CASE_ELEMENT);
    for (const c of findElementCases(element ?? scope)) if (fresh(c)) yield c;
    for (const adapter of this.adapters()) {
      if (!adapter.case) continue;
      const row = scope.closest(adapter.case.row);
      for (const c of findAdapterCases(row ? row.parentElement ?? scope : scope, adapter)) if ((!row || c.row === row) && fresh(c)) yield c;
    }
  }

  /**
   * People named in these scopes outside case rows (`isRow`), not already badged with the same
   * name, and not inside InScope's own elements (`isOurs`).
   */
  people(scopes: Element[], isRow: (el: Element) => boolean, isFamily: (key: string) => boolean, isOurs: (n: Node) => boolean): FoundPeople {
    const inRow = (el: Element) => {
      for (let a: Element | null = el; a; a = a.parentElement) if (isRow(a)) return true;
      return false;
    };
    const badgedAs = (next: Node | null, text: string) => next instanceof Element && next.hasAttribute(HOST_ATTRIBUTE) && next.getAttribute('data-inscope-name') === text;
    const selectors = this.adapters().flatMap((a) => (a.person ? [a.person.selector] : []));
    const marked = new Set(scopes.flatMap((scope) => selectors.flatMap((sel) => [...(scope.matches(sel) ? [scope] : []), ...scope.querySelectorAll(sel)])));
    const named = [...marked].filter((el) => !inRow(el) && !isOurs(el)).map((el) => ({ el, text: textOf(el) }))
      .filter(({ el, text }) => text && !badgedAs(el.nextSibling, text));
    const elements = scopes.flatMap((scope) => findElementPeople(scope.closest(PERSON_ELEMENT) ?? scope)).filter(({ el, text }) => {
      const badge = [...el.children].find((c) => c.hasAttribute(HOST_ATTRIBUTE));
      return badge?.getAttribute('data-inscope-name') !== text;
    });
    const names = scopes.filter((scope) => !inRow(scope) && !scope.closest(`${CASE_ELEMENT}, ${PERSON_ELEMENT}`)).flatMap((scope) => findNames(scope, isFamily, nameKey, {
      isNpi: isValidNpi,
      skip: (el) => isRow(el) || marked.has(el) || this.caseTables.has(el),
    })).filter((n) => !badgedAs(n.start === 0 && n.end === (n.node.nodeValue ?? '').length ? n.node.nextSibling : null, n.text));
    return { names, named, elements };
  }

  private columnsOf(table: Element): Columns | undefined {
    let c = this.tableColumns.get(table);
    if (c === undefined) {
      c = findScheduleTables(table.parentElement ?? table).find((t) => t.table === table)?.columns ?? null;
      this.tableColumns.set(table, c);
    }
    return c ?? undefined;
  }
}
