/**
 * The page overlay: finds cases and people on a page, asks for verdicts in batches, and shows a
 * badge in each case row and after each recognised name, a card on hover or focus, and a summary
 * chip. Shared by the extension's content script and the widget.
 *
 * Test contract (docs/overlay-contract.md): every badge's host element, in the page's light DOM,
 * carries data-inscope-verdict and data-inscope-kind; a case badge sits inside its row; a person
 * badge sits immediately after the element or text holding the name.
 */
import { render, type VNode } from 'preact';
import { isValidNpi } from '../../lib/npi';
import { looksLikeClinician, nameKey } from '../../lib/names';
import { matchesPattern } from '../../lib/match-pattern';
import type { CaseInput } from '../../lib/engine';
import { isFull, type CaseVerdict, type PersonVerdict, type Verdict, type VerdictBrief } from '../../lib/verdict';
import {
  CASE_ELEMENT, HOST_ATTRIBUTE, PERSON_ELEMENT, findAdapterCases, findElementCases, findElementPeople, findNames, findScheduleTables,
  findPageDate, readPageDate, readRow, rowsOf, textOf, type Columns, type FoundCase,
} from '../scan';
import { VERDICT_LOOK } from '../ui/VerdictBadge';
import { PersonCard } from '../ui/PersonCard';
import { ACK_REASONS } from '../../lib/acknowledgements';
import { CaseCard } from './CaseCard';
import css from './overlay.css?inline';
import type { OverlayOptions, VerdictSource } from './source';
import type { Adapter } from '../adapter';

const ATTENTION: Verdict[] = ['block', 'unknown', 'warn'];
const BATCH = 5000;
/** How long a page reuses an answer (a roster sync or a new day is seen within this). */
const VERDICT_MEMO_MS = 10 * 60_000;

interface CaseState {
  key: string;
  found: FoundCase;
  input: CaseInput;
  host: HTMLElement;
  /** A brief until a card needs the reasons. */
  verdict: CaseVerdict | VerdictBrief;
  ack?: string;
}

/** The page's date for rows that print none: a day, or the text of an adapter's date element that could not be read. */
type PageDate = { date: string } | { text: string };

/**
 * What the core is asked about a case: its row's date (as printed, when it cannot be read), else
 * the page's, else none — the core then gives a verdict only if it holds through the horizon.
 */
function caseInput(found: FoundCase, page: PageDate | undefined): CaseInput {
  const input: CaseInput = { practitioner: found.practitioner, procedure: found.procedure };
  if (found.code) input.code = found.code;
  if (found.date || found.badDate !== undefined) input.date = found.date ?? found.badDate;
  else if (page && 'date' in page) input.date = page.date;
  else if (page) {
    input.date = page.text;
    input.dateFrom = 'page';
  }
  return input;
}

interface PersonState {
  name: string;
  verdict: PersonVerdict | VerdictBrief;
}

const ambiguous = (v: PersonVerdict | VerdictBrief) => (isFull<PersonVerdict>(v) ? v.reasons[0]?.code === 'practitioner-ambiguous' : !!v.ambiguous);

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/** Styles for a shadow root: a shared constructed sheet (works under a strict CSP), else <style>. */
function style(root: ShadowRoot, doc: Document): void {
  let sheet = sheets.get(doc);
  if (sheet === undefined) {
    try {
      sheet = new (doc.defaultView ?? window).CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(doc, sheet);
  }
  if (sheet) root.adoptedStyleSheets = [sheet];
  else {
    const el = doc.createElement('style');
    el.textContent = css;
    root.append(el);
  }
}

export class Overlay {
  private readonly ac = new AbortController();
  /** Marks this overlay's elements: another InScope on the page (widget, extension) keeps its own. */
  private readonly owner = Math.random().toString(36).slice(2);
  private observer?: MutationObserver;
  private families = new Set<string>();
  private readonly cases = new Map<Element, CaseState>();
  private readonly people = new WeakMap<HTMLElement, PersonState>();
  /** Person badges placed in this scan, for `onVerdict`. */
  private placedPeople: Array<[HTMLElement, PersonState]> = [];
  private readonly tableColumns = new WeakMap<Element, Columns | null>();
  private readonly caseTables = new WeakSet<Element>();
  /** Set when the page removed nodes: the next chip update drops cases whose rows are gone. */
  private removals = false;
  private dirty = new Set<Node>();
  private flushPending = false;
  private chip?: { host: HTMLElement; button: HTMLButtonElement };
  private chipIndex = -1;
  private card?: { host: HTMLElement; root: ShadowRoot; anchor: HTMLElement; closeTimer?: number };
  private scanning: Promise<void> = Promise.resolve();
  private refocusing = false;
  /** Our elements' shadow roots (closed ones are reachable only through this). */
  private readonly shadows = new WeakMap<Element, ShadowRoot>();
  private readonly buttons = new Map<Verdict, HTMLButtonElement>();
  /** The page's date as last read (an adapter's `pageDate`): when it changes, every row is read again. */
  private pageDateSeen?: string;

  constructor(readonly doc: Document, private readonly source: VerdictSource, private readonly options: OverlayOptions = {}) {}

  /** Scans the page once, then follows its changes until `stop()`. */
  async start(): Promise<void> {
    // Watch first: whatever the page renders while the first scan runs is scanned after it.
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observe();
    const setup = await this.source.setup();
    this.families = new Set(setup.familyKeys);
    const signal = this.ac.signal;
    await this.scan([this.root()]);
    const win = this.doc.defaultView!;
    const rescan = () => this.markDirty(this.root());
    win.addEventListener('popstate', rescan, { signal });
    win.addEventListener('hashchange', rescan, { signal });
    // A date picker's value is no DOM change: its input or change event is.
    for (const type of ['input', 'change']) {
      this.doc.addEventListener(type, (e) => {
        const target = e.target as Element | null;
        const sel = this.pageDateSpec()?.selector;
        if (sel ? target?.matches?.(sel) : (target as HTMLInputElement | null)?.type === 'date') rescan();
      }, { signal, capture: true });
    }
    this.doc.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.card) {
        const anchor = this.card.anchor;
        this.closeCard();
        // Focus back on the badge (after a hover it was elsewhere), without reopening the card.
        this.refocusing = true;
        this.shadows.get(anchor)?.querySelector('button')?.focus();
        this.refocusing = false;
      }
    }, { signal, capture: true });
    // One set of listeners for every badge: hover, keyboard focus and click open its card.
    const open = (e: Event) => {
      // Only the person at the screen opens a card: a page's script that fires a synthetic
      // mouseover or click at a badge gets nothing.
      if (!e.isTrusted) return;
      const badge = this.badgeOf(e);
      if (badge && !this.refocusing) this.openCard(badge);
    };
    for (const type of ['mouseover', 'focusin', 'click']) this.doc.addEventListener(type, open, { signal, capture: true });
    this.doc.addEventListener('mouseout', (e) => {
      const badge = this.badgeOf(e);
      if (badge && !badge.contains((e as MouseEvent).relatedTarget as Node | null)) this.scheduleClose();
    }, { signal, capture: true });
    this.doc.addEventListener('pointerdown', (e) => {
      if (this.card && !e.composedPath().some((n) => n === this.card!.host || n === this.card!.anchor)) this.closeCard();
    }, { signal, capture: true });
  }

  /**
   * Checks every case and name on the page again from the source, reusing no answer it gave
   * before: the roster in force changed. Badges change in place as the answers come.
   */
  async refresh(): Promise<void> {
    if (this.ac.signal.aborted) return;
    this.memo.clear();
    for (const state of this.cases.values()) state.key = '';
    this.pause(() => {
      for (const el of this.doc.querySelectorAll(`inscope-badge[${HOST_ATTRIBUTE}="${this.owner}"][data-inscope-kind="person"]`)) el.remove();
    });
    const setup = await this.source.setup();
    this.families = new Set(setup.familyKeys);
    await this.scan([this.root()]);
  }

  /** Removes every badge, card and listener. */
  stop(): void {
    this.ac.abort();
    this.observer?.disconnect();
    this.closeCard();
    for (const el of this.doc.querySelectorAll(`[${HOST_ATTRIBUTE}="${this.owner}"]`)) el.remove();
    this.cases.clear();
  }

  /** What is scanned and watched: the whole page, or the host's chosen element. */
  private root(): Element {
    return this.options.root ?? this.doc.body;
  }

  private observe(): void {
    this.observer?.observe(this.options.root ?? this.doc.documentElement, {
      childList: true, subtree: true, characterData: true,
      // A host app changing what an <inscope-case>/<inscope-person> says.
      attributes: true, attributeFilter: ['practitioner', 'procedure', 'code', 'date'],
    });
  }

  /** Runs DOM writes with the observer off, so InScope never reacts to its own insertions. */
  private pause(write: () => void): void {
    this.observer?.disconnect();
    try {
      write();
    } finally {
      this.observer?.takeRecords();
      if (!this.ac.signal.aborted && this.observer) this.observe();
    }
  }

  private isOurs(n: Node | null): boolean {
    const el = n && (n.nodeType === 1 ? (n as Element) : n.parentElement);
    return !!el?.closest(`[${HOST_ATTRIBUTE}]`);
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.removedNodes.length) this.removals = true;
      if (this.isOurs(r.target)) continue;
      if (r.type === 'attributes') {
        const el = r.target as Element;
        if (el.tagName === CASE_ELEMENT || el.tagName === PERSON_ELEMENT) this.markDirty(el);
        continue;
      }
      if (r.type === 'characterData') {
        if (r.target.parentElement) this.markDirty(r.target.parentElement);
        continue;
      }
      // Scan what was added, not its whole container (200 appended rows are 200 scopes, not a
      // 2,000-row tbody); a removal alone (cleared text) rescans the element it happened in.
      let added = false;
      for (const n of r.addedNodes) {
        if (this.isOurs(n)) continue;
        added = true;
        const el = n.nodeType === 1 ? n : n.parentElement;
        if (el) this.markDirty(el);
      }
      if (!added && r.removedNodes.length) this.markDirty(r.target);
    }
  }

  private markDirty(n: Node): void {
    this.dirty.add(n);
    if (this.flushPending) return;
    this.flushPending = true;
    // Batch everything one task brings (a virtualised grid refills all its rows in one task), and
    // start before the page's own relayout, so the background works while the page lays out.
    queueMicrotask(() => {
      this.flushPending = false;
      const dirty = this.dirty;
      this.dirty = new Set();
      // Drop nodes inside other dirty nodes: each subtree is scanned once.
      const scopes: Node[] = [];
      for (const n of dirty) {
        if (!n.isConnected) continue;
        let inside = false;
        for (let a = n.parentNode; a && !inside; a = a.parentNode) inside = dirty.has(a);
        if (!inside) scopes.push(n);
      }
      if (scopes.length) void this.scan(scopes as Element[]);
    });
  }

  private scan(scopes: Node[]): Promise<void> {
    // A failed scan must not stop the next one; it says what failed, once, in the console.
    const run = this.scanning.then(() => this.scanNow(scopes)).catch((e: unknown) => console.warn(`InScope: could not check part of this page: ${(e as Error)?.message ?? e}`));
    this.scanning = run;
    return run;
  }

  /** Cases within or around `scope`, with the anchor their badge goes into. */
  private collectCases(scope: Element): FoundCase[] {
    const found: FoundCase[] = [];
    const seen = new Set<Element>();
    const add = (c: FoundCase | undefined) => {
      if (c && !seen.has(c.row)) {
        seen.add(c.row);
        found.push(c);
      }
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
        for (const r of rows) add(readRow(r, columns));
      }
    }
    for (const t of tables) {
      // A table whose every row is a case has no names to look for outside its rows.
      let all = true;
      for (const r of rowsOf(t.table)) {
        const c = readRow(r, t.columns);
        if (c) add(c);
        else all = false;
      }
      if (all) this.caseTables.add(t.table);
      else this.caseTables.delete(t.table);
    }
    const element = scope.closest(CASE_ELEMENT);
    for (const c of findElementCases(element ?? scope)) add(c);
    for (const adapter of this.activeAdapters()) {
      if (!adapter.case) continue;
      const row = scope.closest(adapter.case.row);
      for (const c of findAdapterCases(row ? row.parentElement ?? scope : scope, adapter)) if (!row || c.row === row) add(c);
    }
    return found;
  }

  private active?: { url: string; adapters: Adapter[] };

  /**
   * The adapters whose patterns match this page (or frame): matched again only when its URL
   * changes (an SPA route), not for every scope of every scan or every keystroke.
   */
  private activeAdapters(): Adapter[] {
    const url = this.doc.defaultView?.location.href ?? '';
    if (this.active?.url !== url) this.active = { url, adapters: (this.options.adapters ?? []).filter((a) => a.matches.some((p) => matchesPattern(p, url))) };
    return this.active.adapters;
  }

  private pageDateSpec(): Adapter['pageDate'] {
    return this.activeAdapters().find((a) => a.pageDate)?.pageDate;
  }

  /**
   * The date of rows that print none: the host's `pageDate`, else what an adapter's `pageDate`
   * element shows (`text` when it cannot be read), else the one day the page itself names.
   */
  private pageDate(): PageDate | undefined {
    if (this.options.pageDate) return { date: this.options.pageDate };
    const spec = this.pageDateSpec();
    if (spec) return readPageDate(this.doc, spec);
    const day = findPageDate(this.doc);
    return day ? { date: day } : undefined;
  }

  private columnsOf(table: Element): Columns | undefined {
    let c = this.tableColumns.get(table);
    if (c === undefined) {
      c = findScheduleTables(table.parentElement ?? table).find((t) => t.table === table)?.columns ?? null;
      this.tableColumns.set(table, c);
    }
    return c ?? undefined;
  }

  private async scanNow(scopes: Node[]): Promise<void> {
    const perf = (this.doc.defaultView ?? window).performance;
    perf.mark('inscope:scan-start');
    let elements = scopes.map((s) => (s.nodeType === 1 ? (s as Element) : s.parentElement)).filter((e): e is Element => !!e);
    const page = this.pageDate();
    const pageSeen = JSON.stringify(page ?? null);
    // Another day picked: the rows without a date of their own are on it now.
    if (this.pageDateSeen !== undefined && pageSeen !== this.pageDateSeen) elements = [this.root()];
    this.pageDateSeen = pageSeen;
    // Cases whose row is new or whose text changed.
    const pending: Array<{ found: FoundCase; key: string; input: CaseInput }> = [];
    // A recycled row changes in several cells at once: each is a scope, the row is read once.
    const read = new Set<Element>();
    for (const scope of elements) {
      for (const found of this.collectCases(scope)) {
        if (read.has(found.row)) continue;
        read.add(found.row);
        const input = caseInput(found, page);
        const key = [input.practitioner, input.procedure, input.code ?? '', input.date ?? '\u0002', input.dateFrom ?? ''].join('\u0001');
        const state = this.cases.get(found.row);
        if (state && state.key === key && state.host.isConnected) continue;
        pending.push({ found, key, input });
      }
    }
    // Names in text, outside case rows (a scope inside a case row has none to look for).
    const newRows = new Set(pending.map((p) => p.found.row));
    const isRow = (el: Element) => this.cases.has(el) || newRows.has(el);
    const inRow = (el: Element) => {
      for (let a: Element | null = el; a; a = a.parentElement) if (isRow(a)) return true;
      return false;
    };
    // Elements an adapter says hold a name: their whole text is the name, the badge goes after them.
    const selectors = this.activeAdapters().flatMap((a) => (a.person ? [a.person.selector] : []));
    const marked = new Set(elements.flatMap((scope) => selectors.flatMap((sel) => [...(scope.matches(sel) ? [scope] : []), ...scope.querySelectorAll(sel)])));
    const namedElements = [...marked].filter((el) => !inRow(el) && !this.isOurs(el)).map((el) => ({ el, text: textOf(el) })).filter(({ el, text }) => {
      const next = el.nextSibling;
      return text && !(next instanceof Element && next.hasAttribute(HOST_ATTRIBUTE) && next.getAttribute('data-inscope-name') === text);
    });
    // <inscope-person practitioner="…">: the badge goes inside, replacing one for another name.
    const elementPeople = elements.flatMap((scope) => findElementPeople(scope.closest(PERSON_ELEMENT) ?? scope)).filter(({ el, text }) => {
      const badge = [...el.children].find((c) => c.hasAttribute(HOST_ATTRIBUTE));
      return badge?.getAttribute('data-inscope-name') !== text;
    });
    const names = elements.filter((scope) => !inRow(scope) && !scope.closest(`${CASE_ELEMENT}, ${PERSON_ELEMENT}`)).flatMap((scope) => findNames(scope, (k) => this.families.has(k), nameKey, {
      isNpi: isValidNpi,
      skip: (el) => isRow(el) || marked.has(el) || this.caseTables.has(el),
    })).filter((n) => {
      const next = n.start === 0 && n.end === (n.node.nodeValue ?? '').length ? n.node.nextSibling : null;
      return !(next instanceof Element && next.hasAttribute(HOST_ATTRIBUTE) && next.getAttribute('data-inscope-name') === n.text);
    });
    perf.mark('inscope:scanned');
    const inputs: CaseInput[] = pending.map((p) => p.input);
    const personTexts = [...new Set([...names.map((n) => n.text), ...namedElements.map((n) => n.text), ...elementPeople.map((n) => n.text)])];
    // Only what this page has not asked about lately goes to the source: rows a virtualised grid
    // shows again are answered at once, and badged before the page lays out.
    const now = Date.now();
    const caseVerdicts = pending.map(({ key }) => this.recall(`c${key}`, now) as CaseVerdict | VerdictBrief | undefined);
    const personVerdicts = personTexts.map((t) => this.recall(`p${t}`, now) as PersonVerdict | VerdictBrief | undefined);
    const askCases = inputs.filter((_, i) => !caseVerdicts[i]);
    const askPeople = personTexts.filter((_, i) => !personVerdicts[i]);
    if (askCases.length || askPeople.length) {
      const [cases, people] = await Promise.all([
        this.inBatches(askCases, (b) => this.source.evaluateCases(b)),
        this.inBatches(askPeople, (b) => this.source.evaluatePeople(b)),
      ]);
      let c = 0;
      caseVerdicts.forEach((v, i) => {
        if (v) return;
        caseVerdicts[i] = cases[c++];
        this.remember(`c${pending[i].key}`, caseVerdicts[i]!, now);
      });
      let p = 0;
      personVerdicts.forEach((v, i) => {
        if (v) return;
        personVerdicts[i] = people[p++];
        this.remember(`p${personTexts[i]}`, personVerdicts[i]!, now);
      });
    }
    perf.mark('inscope:matched');
    const byName = new Map<string, PersonVerdict | VerdictBrief>();
    personTexts.forEach((n, i) => byName.set(n, personVerdicts[i]!));
    if (this.ac.signal.aborted) return;
    // All writes in one synchronous batch: the page lays out once, at its next frame.
    perf.mark('inscope:write-start');
    this.pause(() => {
      pending.forEach(({ found, key }, i) => this.placeCase(found, key, inputs[i], caseVerdicts[i]!));
      // Later names first, so splitting a text node never moves an earlier one.
      for (const n of [...names].sort((a, b) => (a.node === b.node ? b.start - a.start : 0))) {
        const v = byName.get(n.text);
        if (v && this.wantsPersonBadge(n.text, v)) this.placePerson(n.node, n.end, n.text, v);
      }
      for (const { el, text } of namedElements) {
        const v = byName.get(text);
        // The adapter says this is a person: an ambiguous name is shown as unknown.
        if (v && (v.practitioner || ambiguous(v))) this.placePerson(el, 0, text, v);
      }
      // The host asked for this person: always a badge, unknown when InScope cannot tell.
      for (const { el, text } of elementPeople) {
        for (const old of el.querySelectorAll(`:scope > [${HOST_ATTRIBUTE}]`)) old.remove();
        this.placePerson(el, -1, text, byName.get(text)!);
      }
      this.updateChip();
    });
    // User Timing marks (visible in the page's performance timeline): how long each step took.
    perf.mark('inscope:committed', { detail: { cases: pending.length, names: names.length } });
    // Tell the host (the widget's inscope:verdict events), after the badges are in place.
    const tell = this.options.onVerdict;
    if (tell) {
      for (const { found } of pending) {
        const state = this.cases.get(found.row);
        if (state) tell({ kind: 'case', element: found.row, badge: state.host, verdict: state.verdict });
      }
      for (const [host, state] of this.placedPeople.splice(0)) tell({ kind: 'person', element: host.parentElement?.tagName === PERSON_ELEMENT ? host.parentElement : host, badge: host, verdict: state.verdict });
    }
  }

  /** Answers this page got in the last few minutes, by case key or printed name. */
  private readonly memo = new Map<string, { at: number; verdict: CaseVerdict | PersonVerdict | VerdictBrief }>();

  private recall(key: string, now: number): CaseVerdict | PersonVerdict | VerdictBrief | undefined {
    const hit = this.memo.get(key);
    return hit && now - hit.at < VERDICT_MEMO_MS ? hit.verdict : undefined;
  }

  private remember(key: string, verdict: CaseVerdict | PersonVerdict | VerdictBrief, now: number): void {
    if (this.memo.size >= 20_000) this.memo.clear();
    this.memo.set(key, { at: now, verdict });
  }

  private async inBatches<T, R>(items: T[], ask: (batch: T[]) => Promise<R[]>): Promise<R[]> {
    const out: R[] = [];
    for (let i = 0; i < items.length; i += BATCH) out.push(...(await ask(items.slice(i, i + BATCH))));
    return out;
  }

  /** Badge a name only when it is a roster practitioner (or plainly a clinician fitting several). */
  private wantsPersonBadge(text: string, v: PersonVerdict | VerdictBrief): boolean {
    if (v.practitioner) return true;
    return ambiguous(v) && looksLikeClinician(text);
  }

  /** An InScope element: marked as ours, its content in a styled shadow root. */
  private host(tag: string, kind: string): { host: HTMLElement; root: ShadowRoot } {
    const host = this.doc.createElement(tag);
    host.setAttribute(HOST_ATTRIBUTE, this.owner);
    host.setAttribute('data-inscope-kind', kind);
    const root = host.attachShadow({ mode: this.options.closed ? 'closed' : 'open' });
    this.shadows.set(host, root);
    style(root, this.doc);
    return { host, root };
  }

  /** A badge: its button cloned from one per verdict; hover and focus are handled by delegation (start()). */
  private badge(kind: 'case' | 'person', verdict: Verdict, label: string): HTMLElement {
    const { host, root } = this.host('inscope-badge', kind);
    host.setAttribute('data-inscope-verdict', verdict);
    let template = this.buttons.get(verdict);
    if (!template) {
      template = this.doc.createElement('button');
      template.type = 'button';
      template.className = `badge ${verdict}`;
      template.setAttribute('aria-haspopup', 'dialog');
      const icon = this.doc.createElement('span');
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = VERDICT_LOOK[verdict].icon;
      template.append(icon, ` ${VERDICT_LOOK[verdict].label}`);
      this.buttons.set(verdict, template);
    }
    const button = template.cloneNode(true) as HTMLButtonElement;
    button.setAttribute('aria-label', label);
    root.append(button);
    return host;
  }

  /** The badge of this overlay an event is about (at the document, events from a shadow root target its host). */
  private badgeOf(e: Event): HTMLElement | undefined {
    const t = e.target as Element | null;
    return t?.tagName === 'INSCOPE-BADGE' && t.getAttribute(HOST_ATTRIBUTE) === this.owner ? (t as HTMLElement) : undefined;
  }

  private placeCase(found: FoundCase, key: string, input: CaseInput, verdict: CaseVerdict | VerdictBrief): void {
    const old = this.cases.get(found.row);
    old?.host.remove();
    const who = verdict.practitioner?.name ?? found.practitioner;
    const host = this.badge('case', verdict.verdict, `InScope: ${VERDICT_LOOK[verdict.verdict].label} — ${who}, ${found.procedure}`);
    found.anchor.append(host);
    this.cases.set(found.row, { key, found, input, host, verdict });
  }

  /**
   * A person badge right after the name: within a text node at `end`, or after an element;
   * `end` -1 puts it inside the element, last (an <inscope-person>).
   */
  private placePerson(node: Text | Element, end: number, name: string, verdict: PersonVerdict | VerdictBrief): void {
    const parent = end < 0 ? node : node.parentNode;
    if (!parent) return;
    const after = end < 0 ? null : node.nodeType === 3 && end < ((node as Text).nodeValue ?? '').length ? (node as Text).splitText(end) : node.nextSibling;
    const host = this.badge('person', verdict.verdict, `InScope: ${VERDICT_LOOK[verdict.verdict].label} — ${verdict.practitioner?.name ?? name}`);
    host.setAttribute('data-inscope-name', name);
    parent.insertBefore(host, after);
    const state = { name, verdict };
    this.people.set(host, state);
    if (this.options.onVerdict) this.placedPeople.push([host, state]);
  }

  private flagged(): CaseState[] {
    if (this.removals) {
      this.removals = false;
      for (const [row, s] of this.cases) if (!row.isConnected || !s.host.isConnected) this.cases.delete(row);
    }
    return [...this.cases.values()].filter((s) => ATTENTION.includes(s.verdict.verdict));
  }

  private updateChip(): void {
    const flagged = this.flagged();
    if (!this.cases.size) {
      this.chip?.host.remove();
      this.chip = undefined;
      return;
    }
    if (!this.chip) {
      const { host, root } = this.host('inscope-summary', 'summary');
      const button = this.doc.createElement('button');
      button.type = 'button';
      button.addEventListener('click', () => this.next());
      root.append(button);
      this.doc.documentElement.append(host);
      this.chip = { host, button };
    }
    const n = flagged.length;
    this.chip.button.className = `chip${n ? '' : ' calm'}`;
    this.chip.button.textContent = n
      ? `${n} case${n === 1 ? ' needs' : 's need'} attention`
      : `All ${this.cases.size} case${this.cases.size === 1 ? '' : 's'} in scope`;
    this.chip.host.setAttribute('data-inscope-count', String(n));
  }

  /** Steps to the next flagged row. */
  private next(): void {
    const flagged = this.flagged();
    if (!flagged.length) return;
    this.chipIndex = (this.chipIndex + 1) % flagged.length;
    const s = flagged[this.chipIndex];
    s.found.row.scrollIntoView({ block: 'center' });
    this.shadows.get(s.host)?.querySelector('button')?.focus();
  }

  private scheduleClose(): void {
    if (!this.card) return;
    const card = this.card;
    card.closeTimer = (this.doc.defaultView ?? window).setTimeout(() => {
      if (this.card === card && !card.host.matches(':hover') && this.doc.activeElement !== card.anchor) this.closeCard();
    }, 400);
  }

  private closeCard(): void {
    if (!this.card) return;
    const { host } = this.card;
    this.card = undefined;
    this.pause(() => host.remove());
  }

  private openCard(anchor: HTMLElement): void {
    if (this.card?.anchor === anchor) {
      window.clearTimeout(this.card.closeTimer);
      return;
    }
    this.closeCard();
    const { host, root } = this.host('inscope-card', 'card');
    const panel = this.doc.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', 'InScope details');
    root.append(panel);
    host.addEventListener('mouseleave', () => this.scheduleClose());
    host.addEventListener('mouseenter', () => this.card && window.clearTimeout(this.card.closeTimer));
    const r = anchor.getBoundingClientRect();
    const win = this.doc.defaultView ?? window;
    panel.style.left = `${Math.max(4, Math.min(r.left, win.innerWidth - 390))}px`;
    if (r.bottom + 300 < win.innerHeight) panel.style.top = `${r.bottom + 4}px`;
    else panel.style.bottom = `${win.innerHeight - r.top + 4}px`;
    this.card = { host, root, anchor };
    this.pause(() => this.doc.documentElement.append(host));
    const show = (node: VNode) => this.pause(() => render(node, panel));
    const kase = [...this.cases.values()].find((s) => s.host === anchor);
    if (kase) {
      const acknowledge = this.source.acknowledge;
      // The widget keeps no acknowledgement log: its build leaves this out.
      const Form = typeof __INSCOPE_WIDGET__ === 'undefined' && acknowledge && this.options.acknowledgeForm;
      const draw = (verdict: CaseVerdict) => show(
        <CaseCard
          verdict={verdict}
          booking={{ practitioner: kase.found.practitioner, procedure: kase.found.procedure }}
          acknowledged={kase.ack}
        >
          {Form && (
            <Form onAcknowledge={async (reason, note) => {
              await acknowledge({ case: kase.input, reason, ...(note ? { note } : {}) });
              kase.ack = `${ACK_REASONS[reason]}${note ? ` — ${note}` : ''}`;
              this.pause(() => kase.host.setAttribute('data-inscope-acknowledged', 'true'));
              draw(verdict);
            }} />
          )}
        </CaseCard>,
      );
      const v = kase.verdict;
      if (isFull<CaseVerdict>(v)) draw(v);
      else {
        void this.source.caseVerdict(kase.input).then((full) => {
          kase.verdict = full;
          if (this.card?.anchor === anchor) draw(full);
        });
      }
      return;
    }
    const person = this.people.get(anchor);
    if (person) {
      if (isFull<PersonVerdict>(person.verdict)) show(<PersonCard verdict={person.verdict} onPage />);
      void this.source.personCard(person.name).then((c) => {
        if (this.card?.anchor === anchor) show(<PersonCard verdict={c.verdict} details={c.details} onPage />);
      });
    }
  }
}
